package cn.anzuo.risk;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A generated history of closed permits with planted risk: night work triples the label rate and the site with
 * many alarms (one of four) doubles it; the type, level, weather and crew are drawn at random and change nothing
 * (noise the model must not rank above the planted factors). Seeded, so every run sees the same history.
 */
final class GeneratedHistory {

    static final double BASE_RATE = 0.06;
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");

    private GeneratedHistory() {}

    /** The label rate planted for a permit with these features. */
    static double plantedRate(java.util.Map<String, Double> features) {
        boolean night = features.getOrDefault(RiskFeatures.NIGHT, 0.0) == 1.0;
        boolean alarmingSite = features.getOrDefault(RiskFeatures.SITE_ALARMS, 0.0) >= 0.8;
        return BASE_RATE * (night ? 3 : 1) * (alarmingSite ? 2 : 1);
    }

    /** {@code perDay} permits a day for {@code days} days. */
    static List<LabelledPermit> of(int days, int perDay, long seed) {
        Random random = new Random(seed);
        WorkType[] types = WorkType.values();
        List<LabelledPermit> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                boolean night = random.nextDouble() < 0.3;
                boolean alarmingSite = random.nextInt(4) == 0;
                WorkType type = types[random.nextInt(types.length)];
                List<PermitLevel> levels = PermitLevel.of(type);
                PermitLevel level = levels.isEmpty() ? null : levels.get(random.nextInt(levels.size()));
                boolean weather = random.nextBoolean();
                RiskFeatures f = new RiskFeatures(type, level, night, alarmingSite ? 8 + random.nextInt(4) : random.nextInt(3),
                        weather ? 20 + random.nextDouble() * 20 : null, weather ? random.nextInt(7) : null,
                        random.nextInt(4) / 3.0);
                Instant at = FROM.plus(d, ChronoUnit.DAYS).plus(night ? 21 : 9, ChronoUnit.HOURS);
                out.add(new LabelledPermit(new UUID(d, i), at, f.values(), random.nextDouble() < plantedRate(f.values())));
            }
        }
        return out;
    }
}
