package cn.anzuo.monitoring;

/** GB/T 50493-2019 §5.5.2: 一级报警 warns (and stops high-risk work), 二级报警 stops all work at the site. */
public enum AlarmLevel {
    LEVEL_1,
    LEVEL_2;

    public boolean above(AlarmLevel other) {
        return other == null || compareTo(other) > 0;
    }
}
