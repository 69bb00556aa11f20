package cn.anzuo.permit;

import cn.anzuo.shared.WorkType;
import java.util.List;

/** Levels of the graded operations: hot work 特级/一级/二级, height Ⅰ–Ⅳ, lifting 一/二/三级. */
public enum PermitLevel {
    SPECIAL("特级"), LEVEL_1("一级"), LEVEL_2("二级"), LEVEL_3("三级"), I("Ⅰ级"), II("Ⅱ级"), III("Ⅲ级"), IV("Ⅳ级");

    private final String chinese;

    PermitLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The levels a work type has, lowest risk last as in API.md; empty for types without levels. */
    public static List<PermitLevel> of(WorkType type) {
        return switch (type) {
            case HOT_WORK -> List.of(SPECIAL, LEVEL_1, LEVEL_2);
            case HEIGHT -> List.of(I, II, III, IV);
            case LIFTING -> List.of(LEVEL_1, LEVEL_2, LEVEL_3);
            default -> List.of();
        };
    }
}
