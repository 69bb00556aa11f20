package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmResolved;
import cn.anzuo.monitoring.AlarmStatus;
import cn.anzuo.monitoring.AlarmView;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People answering an alarm (API.md): the safety officers, or the leader or guardian of a permit it
 * stopped, acknowledge it (确认); a safety officer resolves it with a note (处置完毕).
 */
@Service
public class AlarmResponse {

    private final AlarmBook book;
    private final AlarmEvaluator evaluator;
    private final Organization organization;
    private final Permits permits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlarmResponse(AlarmBook book, AlarmEvaluator evaluator, Organization organization, Permits permits,
            ApplicationEventPublisher events, Clock clock) {
        this.book = book;
        this.evaluator = evaluator;
        this.organization = organization;
        this.permits = permits;
        this.events = events;
        this.clock = clock;
    }

    /** The alarm, if the user may see its company; else 404. */
    public AlarmView visible(CurrentUser user, UUID alarmId) {
        return book.find(alarmId).filter(a -> organization.canSee(user, a.companyId()))
                .orElseThrow(() -> new RecordNotFound("alarm", alarmId));
    }

    /** Whether the user may acknowledge: a safety officer, or the leader or guardian of a permit the alarm stopped. */
    public boolean mayAcknowledge(CurrentUser user, AlarmView alarm) {
        if (user.has(Role.SAFETY_OFFICER)) {
            return true;
        }
        if (user.workerId() == null) {
            return false;
        }
        return alarm.suspendedPermitIds().stream().map(permits::crew).flatMap(java.util.Optional::stream)
                .anyMatch(crew -> user.workerId().equals(crew.leaderId()) || user.workerId().equals(crew.guardianId()));
    }

    @Transactional
    public AlarmView acknowledge(CurrentUser user, UUID alarmId) {
        AlarmView alarm = visible(user, alarmId);
        if (!mayAcknowledge(user, alarm)) {
            throw new NotAllowed();
        }
        Instant now = clock.instant();
        if (!book.acknowledge(alarmId, user.id(), now)) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "ALARM_NOT_OPEN");
        }
        AlarmView done = book.find(alarmId).orElseThrow();
        events.publishEvent(new AlarmAcknowledged(alarmId, done.companyId(), done.siteId(), user.id(), now,
                done.responseSeconds() == null ? 0 : done.responseSeconds()));
        return done;
    }

    @Transactional
    public AlarmView resolve(CurrentUser user, UUID alarmId, String note) {
        AlarmView alarm = visible(user, alarmId);
        if (!user.has(Role.SAFETY_OFFICER)) {
            throw new NotAllowed();
        }
        Instant now = clock.instant();
        boolean wasOpen = alarm.status() == AlarmStatus.OPEN;
        if (!book.resolve(alarmId, user.id(), now, note)) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "ALARM_ALREADY_RESOLVED");
        }
        evaluator.forget(alarm.deviceId(), alarm.metric());
        AlarmView done = book.find(alarmId).orElseThrow();
        if (wasOpen) {
            events.publishEvent(new AlarmAcknowledged(alarmId, done.companyId(), done.siteId(), user.id(), now,
                    done.responseSeconds() == null ? 0 : done.responseSeconds()));
        }
        events.publishEvent(new AlarmResolved(alarmId, done.companyId(), done.siteId(), user.id(), now, note));
        return done;
    }

    /** Live permits at the alarm's site: where an alarm is shown to their crews. */
    public java.util.List<PermitRecord> liveAtSite(AlarmView alarm) {
        return permits.liveAt(alarm.siteId());
    }
}
