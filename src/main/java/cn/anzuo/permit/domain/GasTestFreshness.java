package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.Suspension;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * GB 30871 gas-analysis timing (DOMAIN.md §1.5): hot work, confined space and temporary power in a
 * hazard area need a passing analysis sampled ≤ 30 min before work starts; after an interruption
 * longer than 30 min (特级/一级 hot work) or 60 min (二级 hot work, confined space), after an alarm,
 * or — for hot work — on a new day (5.3.1d), a new passing analysis is needed before work resumes.
 * Of two analyses sampled at the same moment the one recorded later counts (a correction).
 */
public final class GasTestFreshness {

    public static final Duration MAX_AGE = Duration.ofMinutes(30);
    static final Duration HIGH_HOT_WORK_INTERRUPTION = Duration.ofMinutes(30);
    static final Duration INTERRUPTION = Duration.ofMinutes(60);

    /** The analysis that counts: the latest sampled, and of equal samples the latest recorded. */
    static final Comparator<GasTestView> LATEST =
            Comparator.comparing(GasTestView::sampledAt).thenComparing(GasTestView::recordedAt);

    private GasTestFreshness() {}

    public static boolean needed(WorkType type, boolean hazardArea) {
        return type == WorkType.HOT_WORK || type == WorkType.CONFINED_SPACE || (type == WorkType.TEMP_POWER && hazardArea);
    }

    /** The interruption after which a new analysis is due, or empty when the standard sets none. */
    public static Optional<Duration> interruptionLimit(WorkType type, PermitLevel level) {
        if (type == WorkType.HOT_WORK) {
            return Optional.of(level == PermitLevel.LEVEL_2 ? INTERRUPTION : HIGH_HOT_WORK_INTERRUPTION);
        }
        return type == WorkType.CONFINED_SPACE ? Optional.of(INTERRUPTION) : Optional.empty();
    }

    /** GAS_TEST_REQUIRED, GAS_TEST_FAILED or GAS_TEST_STALE for the analysis that counts, or empty when it allows work. */
    public static Optional<String> forStart(List<GasTestView> tests, Instant now) {
        return judge(tests.stream().max(LATEST), now);
    }

    /** Whether resuming after this suspension needs a new analysis at all. */
    public static boolean newTestDue(Suspension suspension, Instant now, WorkType type, PermitLevel level, ZoneId zone) {
        if (suspension.cause() == SuspensionCause.ALARM || suspension.cause() == SuspensionCause.GAS_TEST_DUE) {
            return true;
        }
        if (type == WorkType.HOT_WORK && !sameDay(suspension.at(), now, zone)) {
            return true;
        }
        return interruptionLimit(type, level)
                .map(limit -> Duration.between(suspension.at(), now).compareTo(limit) > 0)
                .orElse(false);
    }

    /** The judgement for resuming, over the analyses sampled since the suspension, when a new one is due. */
    public static Optional<String> forResume(List<GasTestView> tests, Suspension suspension, Instant now, WorkType type,
            PermitLevel level, ZoneId zone) {
        if (!newTestDue(suspension, now, type, level, zone)) {
            return Optional.empty();
        }
        return judge(tests.stream().filter(t -> t.sampledAt().isAfter(suspension.at())).max(LATEST), now);
    }

    /** Hot work under way whose counting analysis was sampled on an earlier day than now (5.3.1d). */
    public static boolean dailyAnalysisDue(List<GasTestView> tests, Instant now, ZoneId zone) {
        return dailyAnalysisDue(tests.stream().filter(GasTestView::passed).max(LATEST).map(GasTestView::sampledAt)
                .orElse(null), now, zone);
    }

    /** The same judgement from the latest passing analysis's sample time alone (null: none yet). */
    static boolean dailyAnalysisDue(Instant latestPassedSample, Instant now, ZoneId zone) {
        return latestPassedSample == null || !sameDay(latestPassedSample, now, zone);
    }

    static boolean sameDay(Instant a, Instant b, ZoneId zone) {
        return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
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
