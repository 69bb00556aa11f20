package cn.anzuo.permit;

import java.util.List;
import java.util.UUID;

/**
 * Asked before work starts or resumes (API.md "Suspension", "Devices, telemetry, alarms"): has the alarm that
 * stopped a permit been acknowledged, and which alarms at a site has nobody acknowledged yet? The monitoring
 * module, which owns alarms, provides it; without a provider no alarm counts as acknowledged — the safe answer —
 * and no site has alarms, because nothing raises them.
 */
public interface AlarmAcknowledgements {

    boolean acknowledged(UUID alarmId);

    /** The alarms raised at the site that are still {@code OPEN}: nobody has acknowledged them. */
    List<Unacknowledged> unacknowledgedAt(UUID siteId);

    /** An open alarm; {@code secondLevel} stops every permit at the site, a first-level one only high-risk work. */
    record Unacknowledged(UUID alarmId, boolean secondLevel) {}
}
