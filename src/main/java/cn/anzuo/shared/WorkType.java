package cn.anzuo.shared;

/** The eight special operations of GB 30871-2022 (3.1). */
public enum WorkType {
    /** 动火作业. */
    HOT_WORK("DH"),
    /** 受限空间作业. */
    CONFINED_SPACE("SX"),
    /** 盲板抽堵作业. */
    BLIND_PLATE("MB"),
    /** 高处作业. */
    HEIGHT("GC"),
    /** 吊装作业. */
    LIFTING("DZ"),
    /** 临时用电作业. */
    TEMP_POWER("LD"),
    /** 动土作业. */
    EXCAVATION("DT"),
    /** 断路作业. */
    ROAD_CLOSURE("DL");

    private final String numberPrefix;

    WorkType(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    /** The pinyin initials that start a permit number, e.g. {@code DH-20261201-0001}. */
    public String numberPrefix() {
        return numberPrefix;
    }
}
