package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import java.util.List;

/** The level a permit gets, what was asked for, why (levelReason) and warnings such as "no permit needed". */
public record LevelDecision(PermitLevel level, PermitLevel requested, String reason, List<String> warnings) {

    public static LevelDecision none() {
        return new LevelDecision(null, null, null, List.of());
    }
}
