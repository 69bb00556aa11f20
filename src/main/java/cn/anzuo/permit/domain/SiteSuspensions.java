package cn.anzuo.permit.domain;

import cn.anzuo.permit.Actor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.SiteSuspension;
import cn.anzuo.shared.WorkType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The system stops the work at a site, one permit at a time through {@link PermitChanges}: an alarm must not fail
 * because a guardian pressed a button at the same moment, and one permit's conflict must not undo the others'
 * suspensions.
 */
@Service
public class SiteSuspensions {

    private final WorkPermitRepository permits;
    private final PermitChanges changes;
    private final Clock clock;

    SiteSuspensions(WorkPermitRepository permits, PermitChanges changes, Clock clock) {
        this.permits = permits;
        this.changes = changes;
        this.clock = clock;
    }

    public List<UUID> suspend(SiteSuspension command) {
        List<UUID> suspended = new ArrayList<>();
        for (WorkPermit candidate : permits.atSite(command.siteId(), List.of(PermitStatus.ACTIVE.name()))) {
            if (command.highRiskOnly() && !highRisk(candidate)) {
                continue;
            }
            suspendOne(candidate.id(), command).ifPresent(suspended::add);
        }
        return suspended;
    }

    /**
     * Suspends the {@code ACTIVE} permits at the site for which {@code reasonOf} gives a reason (e.g. the weather
     * stops outdoor lifting but not indoor work), each with its own reason; returns the ids of those suspended.
     */
    public List<UUID> suspendWhere(SiteSuspension command, Function<WorkPermit, Optional<String>> reasonOf) {
        List<UUID> suspended = new ArrayList<>();
        for (WorkPermit candidate : permits.atSite(command.siteId(), List.of(PermitStatus.ACTIVE.name()))) {
            reasonOf.apply(candidate).ifPresent(reason -> suspendOne(candidate.id(), new SiteSuspension(
                    command.siteId(), command.cause(), reason, command.alarmId(), false, command.rule()))
                    .ifPresent(suspended::add));
        }
        return suspended;
    }

    /** Suspends one permit if it is still active; its id when it was suspended. */
    Optional<UUID> suspendOne(UUID permitId, SiteSuspension command) {
        boolean suspended = changes.change(permitId, "suspension for " + command.cause(), permit -> {
            if (permit.status() != PermitStatus.ACTIVE) {
                return false; // stopped or ended meanwhile: nothing left to suspend
            }
            permit.suspend(Actor.system(command.rule()), command.cause(), command.reason(), command.alarmId(),
                    clock.instant());
            return true;
        });
        return suspended ? Optional.of(permitId) : Optional.empty();
    }

    /** Confined space and 特级 hot work stop at a first-level alarm (DOMAIN.md §4.2, GB 30871 5.2.6 / 6.5). */
    static boolean highRisk(WorkPermit permit) {
        return permit.workType() == WorkType.CONFINED_SPACE
                || (permit.workType() == WorkType.HOT_WORK && permit.level() == PermitLevel.SPECIAL);
    }
}
