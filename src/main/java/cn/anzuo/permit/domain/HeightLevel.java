package cn.anzuo.permit.domain;

import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Height-work grade (GB/T 3608 via GB 30871 clause 8): bands 2–5 / 5–15 / 15–30 / > 30 m give
 * Ⅰ–Ⅳ (method A); any objective hazard factor raises it one grade (method B), at most Ⅳ. A higher
 * grade asked for by the applicant is kept.
 */
public final class HeightLevel {

    public static final BigDecimal MINIMUM_HEIGHT = BigDecimal.valueOf(2);

    private HeightLevel() {}

    public static LevelDecision decide(BigDecimal meters, Set<HazardFactor> factors, PermitLevel requested) {
        PermitLevel byBand = band(meters);
        PermitLevel computed = factors.isEmpty() ? byBand : raise(byBand);
        StringBuilder reason = new StringBuilder("作业高度 ").append(meters.stripTrailingZeros().toPlainString())
                .append(" m → ").append(byBand.chinese());
        if (!factors.isEmpty()) {
            reason.append(";存在客观危险因素(")
                    .append(factors.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                    .append("),按 B 法 → ").append(computed.chinese());
        }
        PermitLevel level = computed;
        if (requested != null && order(requested) > order(computed)) {
            level = requested;
            reason.append(";按申请从严定为 ").append(requested.chinese());
        }
        return new LevelDecision(level, requested, reason.toString(), List.of());
    }

    static PermitLevel band(BigDecimal meters) {
        if (meters.compareTo(BigDecimal.valueOf(5)) <= 0) {
            return PermitLevel.I;
        }
        if (meters.compareTo(BigDecimal.valueOf(15)) <= 0) {
            return PermitLevel.II;
        }
        if (meters.compareTo(BigDecimal.valueOf(30)) <= 0) {
            return PermitLevel.III;
        }
        return PermitLevel.IV;
    }

    private static PermitLevel raise(PermitLevel level) {
        return switch (level) {
            case I -> PermitLevel.II;
            case II -> PermitLevel.III;
            default -> PermitLevel.IV;
        };
    }

    private static int order(PermitLevel level) {
        return switch (level) {
            case I -> 1;
            case II -> 2;
            case III -> 3;
            case IV -> 4;
            default -> 0;
        };
    }
}
