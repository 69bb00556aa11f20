package cn.anzuo.archive.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flag rules over one permit's trace, in the order it was written. Plain functions of the events, so each
 * limit is tested on both sides without a database; {@link TraceFlags} feeds them from {@code permit_trace}.
 */
final class TraceFlagRules {

    /** An approval step quicker than this after the previous one is {@link TraceFlag#APPROVED_IN_SECONDS}. */
    static final Duration APPROVAL_MIN = Duration.ofSeconds(30);
    /** A gas analysis recorded later than this after sampling is {@link TraceFlag#GAS_TEST_BACKFILLED}. */
    static final Duration BACKFILL_MAX = Duration.ofMinutes(15);

    /** One trace event as the rules read it: its type, time and data (the canonical JSON, parsed). */
    record Step(String type, Instant at, Map<String, Object> data) {}

    private TraceFlagRules() {}

    static Set<TraceFlag> flags(List<Step> steps) {
        Set<TraceFlag> flags = EnumSet.noneOf(TraceFlag.class);
        Instant previousDecision = null;
        boolean started = false;
        Map<Object, Set<Object>> peopleByDevice = new HashMap<>();
        for (Step step : steps) {
            switch (step.type()) {
                case "SUBMITTED" -> previousDecision = step.at();
                case "APPROVED" -> {
                    if (previousDecision != null && Duration.between(previousDecision, step.at()).compareTo(APPROVAL_MIN) < 0) {
                        flags.add(TraceFlag.APPROVED_IN_SECONDS);
                    }
                    previousDecision = step.at();
                }
                case "GAS_TEST" -> {
                    Instant sampled = instant(step.data().get("sampledAt"));
                    if (sampled != null && Duration.between(sampled, step.at()).compareTo(BACKFILL_MAX) > 0) {
                        flags.add(TraceFlag.GAS_TEST_BACKFILLED);
                    }
                }
                case "STARTED" -> started = true;
                case "CHECKED_IN" -> {
                    if (started) {
                        flags.add(TraceFlag.LATE_CHECK_IN);
                    }
                    Object device = step.data().get("device");
                    Object person = step.data().get("workerId");
                    // face terminals record no device: one terminal checking a crew in is how it is meant to work
                    if (device != null && person != null) {
                        Set<Object> people = peopleByDevice.computeIfAbsent(device, d -> new HashSet<>());
                        people.add(person);
                        if (people.size() > 1) {
                            flags.add(TraceFlag.SAME_DEVICE_CHECK_INS);
                        }
                    }
                }
                default -> { }
            }
        }
        return flags;
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
