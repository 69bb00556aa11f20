package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import java.math.BigDecimal;
import java.util.List;

/**
 * Lifting grade by load (GB 30871 clause 9): m > 100 t 一级, 40 ≤ m ≤ 100 t 二级, m < 40 t 三级.
 * Under 10 t the standard needs no permit, only a risk analysis (B.1 note 3): a warning, not a refusal.
 */
public final class LiftingLevel {

    public static final String LIGHT_LOAD_WARNING = "LIGHT_LOAD_NO_PERMIT_REQUIRED";

    private LiftingLevel() {}

    public static LevelDecision decide(BigDecimal tonnes, PermitLevel requested) {
        PermitLevel level;
        if (tonnes.compareTo(BigDecimal.valueOf(100)) > 0) {
            level = PermitLevel.LEVEL_1;
        } else if (tonnes.compareTo(BigDecimal.valueOf(40)) >= 0) {
            level = PermitLevel.LEVEL_2;
        } else {
            level = PermitLevel.LEVEL_3;
        }
        String reason = "吊物质量 " + tonnes.stripTrailingZeros().toPlainString() + " t → " + level.chinese();
        List<String> warnings = tonnes.compareTo(BigDecimal.TEN) < 0 ? List.of(LIGHT_LOAD_WARNING) : List.of();
        if (!warnings.isEmpty()) {
            reason += ";小于 10 t 可不办理吊装作业票,但须进行风险分析";
        }
        return new LevelDecision(level, requested, reason, warnings);
    }
}
