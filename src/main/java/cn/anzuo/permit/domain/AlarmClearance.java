package cn.anzuo.permit.domain;

import cn.anzuo.permit.AlarmAcknowledgements.Unacknowledged;
import cn.anzuo.permit.Suspension;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Work does not start or resume at a site while an alarm that would stop it is unacknowledged (DOMAIN.md §4.2:
 * a second-level alarm stops and evacuates every permit in the zone, a first-level one confined space and 特级
 * hot work). The alarm suspends what is under way; this rule keeps an approved permit from starting during the
 * evacuation, and a permit stopped for another cause from resuming in it. Acknowledging is the moment someone
 * has taken charge; the re-test is the gas analysis that starting and resuming ask for anyway.
 */
final class AlarmClearance {

    private AlarmClearance() {}

    /**
     * The first open alarm at the permit's site that would stop it, or empty. The alarm the permit is suspended for
     * is left to the resume rule ({@link StartConditions#resume}), which lists it with the other unmet conditions.
     */
    static Optional<UUID> blocking(WorkPermit permit, List<Unacknowledged> unacknowledgedAtSite) {
        UUID ownAlarm = permit.suspension().map(Suspension::alarmId).orElse(null);
        return unacknowledgedAtSite.stream()
                .filter(alarm -> alarm.secondLevel() || SiteSuspensions.highRisk(permit))
                .map(Unacknowledged::alarmId)
                .filter(id -> !id.equals(ownAlarm))
                .findFirst();
    }
}
