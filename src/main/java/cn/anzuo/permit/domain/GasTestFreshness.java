package cn.anzuo.permit.domain;

import cn.anzuo.onsite.GasTestView;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * GB 30871 gas-analysis timing (DOMAIN.md §1.5): hot work, confined space and temporary power in a
 * hazard area need a passing analysis sampled ≤ 30 min before work starts; after an interruption
 * longer than 30 min (特级/一级 hot work) or 60 min (二级 hot work, confined space) — or after an alarm —
 * a new passing analysis is needed before work resumes.
 */
public final class GasTestFreshness {

    public static final Duration MAX_AGE = Duration.ofMinutes(30);

    private GasTestFreshness() {}

    public static boolean needed(WorkType type, boolean hazardArea) {
        return type == WorkType.HOT_WORK || type == WorkType.CONFINED_SPACE || (type == WorkType.TEMP_POWER && hazardArea);
    }

    /** The interruption after which a new analysis is due, or empty when the standard sets none. */
    public static Optional<Duration> interruptionLimit(WorkType type, PermitLevel level) {
        if (type == WorkType.HOT_WORK) {
            return Optional.of(level == PermitLevel.LEVEL_2 ? Duration.ofMinutes(60) : Duration.ofMinutes(30));
        }
        return type == WorkType.CONFINED_SPACE ? Optional.of(Duration.ofMinutes(60)) : Optional.empty();
    }

    /** GAS_TEST_REQUIRED, GAS_TEST_FAILED or GAS_TEST_STALE for the latest analysis, or empty when it allows work. */
    public static Optional<String> forStart(List<GasTestView> tests, Instant now) {
        return judge(tests.stream().max(Comparator.comparing(GasTestView::sampledAt)), now);
    }

    /** The same judgement for resuming, over the analyses sampled since the suspension, if a new one is due. */
    public static Optional<String> forResume(List<GasTestView> tests, Instant suspendedAt, Instant now, WorkType type,
            PermitLevel level, boolean afterAlarm) {
        Optional<Duration> limit = interruptionLimit(type, level);
        boolean newTestDue = afterAlarm
                || limit.map(l -> Duration.between(suspendedAt, now).compareTo(l) > 0).orElse(false);
        if (!newTestDue) {
            return Optional.empty();
        }
        return judge(tests.stream().filter(t -> t.sampledAt().isAfter(suspendedAt))
                .max(Comparator.comparing(GasTestView::sampledAt)), now);
    }

    private static Optional<String> judge(Optional<GasTestView> latest, Instant now) {
        if (latest.isEmpty()) {
            return Optional.of("GAS_TEST_REQUIRED");
        }
        if (!latest.get().passed()) {
            return Optional.of("GAS_TEST_FAILED");
        }
        if (Duration.between(latest.get().sampledAt(), now).compareTo(MAX_AGE) > 0) {
            return Optional.of("GAS_TEST_STALE");
        }
        return Optional.empty();
    }
}
