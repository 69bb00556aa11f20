package cn.anzuo.permit.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.Actor;
import cn.anzuo.permit.AlarmAcknowledgements;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.GasTestRecorded;
import cn.anzuo.permit.HeadcountRecorded;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.permit.onsite.GasReading;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.permit.weather.domain.WeatherRules;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From approval to 完工验收, for signed-in users: check-ins, gas analyses, the shift leader's check,
 * start, suspend, resume, complete, accept and cancel. It checks who may act ({@link PermitPermissions}),
 * gathers the site's evidence and hands it to the {@link WorkPermit}, whose methods guard every
 * transition and record it in the permit's history.
 */
@Service
@Transactional
public class PermitLifecycle {

    private final PermitChanges changes;
    private final PermitQueries queries;
    private final OnSite onSite;
    private final Organization organization;
    private final ObjectProvider<AlarmAcknowledgements> alarms;
    private final CheckInIdentityRule identity;
    private final ApplicationEventPublisher events;
    private final WeatherRules weather;
    private final Clock clock;

    PermitLifecycle(PermitChanges changes, PermitQueries queries, OnSite onSite,
            Organization organization, ObjectProvider<AlarmAcknowledgements> alarms, CheckInIdentityRule identity,
            ApplicationEventPublisher events, WeatherRules weather, Clock clock) {
        this.identity = identity;
        this.changes = changes;
        this.queries = queries;
        this.onSite = onSite;
        this.organization = organization;
        this.alarms = alarms;
        this.events = events;
        this.weather = weather;
        this.clock = clock;
    }

    /**
     * @param assertion a WebAuthn assertion of the caller's own passkey, where the company's identity rule asks for one
     * @param device the fingerprint of the caller's phone or client ({@code CheckInDevice}), or null; recorded for
     *     the auditor, never used to decide (ADR 0064)
     */
    public record CheckIn(UUID workerId, ProofMethod method, String checkpointCode, String proof, double latitude,
            double longitude, double accuracyMeters, String assertion, String device) {

        public CheckIn(UUID workerId, ProofMethod method, String checkpointCode, String proof, double latitude,
                double longitude, double accuracyMeters, String assertion) {
            this(workerId, method, checkpointCode, proof, latitude, longitude, accuracyMeters, assertion, null);
        }

        public CheckIn(UUID workerId, ProofMethod method, String checkpointCode, String proof, double latitude,
                double longitude, double accuracyMeters) {
            this(workerId, method, checkpointCode, proof, latitude, longitude, accuracyMeters, null);
        }
    }

    /** People check in themselves, at the permit's site, with a valid proof, within the window. */
    public CheckInRecord checkIn(CurrentUser user, UUID permitId, CheckIn command) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!command.workerId().equals(user.workerId())) {
            throw PermitProblems.proxyCheckIn();
        }
        if (!permit.workerIds().contains(command.workerId()) && !command.workerId().equals(permit.guardianId())
                && !command.workerId().equals(permit.leaderId())) {
            throw PermitProblems.notOnPermit();
        }
        permit.checkInRefusal(clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        SiteView site = organization.site(permit.siteId()).orElseThrow();
        identity.require(user, organization.policy(permit.companyId()), command.method(), command.assertion());
        CheckInRecord record = onSite.checkIn(new OnSite.CheckIn(permit.id(), site, command.workerId(), user.id(),
                command.method(), command.checkpointCode(), command.proof(), command.latitude(), command.longitude(),
                command.accuracyMeters(), command.device()));
        // The crew checks in together: only the first check-in changes the permit, and one that meets another's save
        // is asked again on the saved permit (which the sweep may have voided: then that refusal is the answer).
        permit = changes.changeRequested(permit, "check-in", current -> current.recordCheckIn(record.at()));
        events.publishEvent(new CheckedIn(permit.id(), permit.companyId(), permit.siteId(), record.workerId(), user.id(),
                record.method().name(), record.at(), command.device()));
        return record;
    }

    public record RecordGasTest(Instant sampledAt, String samplePoint, UUID analystId, boolean oxygenEnriched,
            List<GasReading> readings) {}

    /**
     * A gas analyst records an analysis for themself, or for another gas analyst of the permit's company
     * when they belong to that company too (a paper record transcribed on site).
     */
    public GasTestView recordGasTest(CurrentUser recorder, UUID permitId, RecordGasTest command) {
        WorkPermit permit = queries.visible(recorder, permitId);
        if (!recorder.has(Role.GAS_ANALYST)) {
            throw new NotAllowed();
        }
        UUID analystId = command.analystId() == null ? recorder.id() : command.analystId();
        if (!analystId.equals(recorder.id())) {
            UserView analyst = organization.user(analystId)
                    .filter(u -> u.companyId().equals(permit.companyId()) && u.roles().contains(Role.GAS_ANALYST))
                    .orElseThrow(PermitProblems::unknownAnalyst);
            if (!recorder.companyId().equals(analyst.companyId())) {
                throw PermitProblems.proxyGasTest();
            }
        }
        if (permit.status().isFinal() || permit.status() == PermitStatus.PENDING_APPROVAL
                || permit.status() == PermitStatus.COMPLETED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "gas-test");
        }
        GasTestView test = onSite.recordGasTest(new OnSite.RecordGasTest(permit.id(), permit.workType(),
                command.oxygenEnriched(), command.sampledAt(), command.samplePoint(), analystId, recorder.id(),
                command.readings()));
        events.publishEvent(new GasTestRecorded(permit.id(), permit.companyId(), permit.siteId(), test.id(),
                test.sampledAt(), analystId, recorder.id(), test.passed(), test.recordedAt()));
        return test;
    }

    public WorkPermit shiftCheck(CurrentUser shiftLeader, UUID permitId) {
        WorkPermit permit = queries.visible(shiftLeader, permitId);
        if (!shiftLeader.has(Role.SHIFT_LEADER)) {
            throw new NotAllowed();
        }
        // Often at the moment the crew checks in: one that meets the check-in's save is made again on the saved permit.
        Instant at = clock.instant();
        return change(permit, "shift check", current -> current.recordShiftCheck(Actor.user(shiftLeader.id()), at));
    }

    /** Start: every unmet precondition is listed; the first names the problem (API.md order). */
    public WorkPermit start(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        Instant at = clock.instant();
        return change(permit, "start", current -> {
            weather.requireWorkable(current);
            requireNoUnacknowledgedAlarm(current);
            current.start(Actor.user(user.id()), evidence(current), at);
        });
    }

    /** Refuses while an alarm at the site that would stop this permit is open ({@link AlarmClearance}). */
    private void requireNoUnacknowledgedAlarm(WorkPermit permit) {
        AlarmAcknowledgements book = alarms.getIfAvailable();
        if (book != null && (permit.status() == PermitStatus.APPROVED || permit.status() == PermitStatus.SUSPENDED)) {
            AlarmClearance.blocking(permit, book.unacknowledgedAt(permit.siteId())).ifPresent(alarm -> {
                throw PermitProblems.alarmNotAcknowledged(alarm);
            });
        }
    }

    /** The evidence the site shows for this permit now. */
    public SiteEvidence evidence(WorkPermit permit) {
        boolean hazardArea = organization.site(permit.siteId()).map(SiteView::hazardArea).orElse(true);
        boolean acknowledged = permit.suspension()
                .filter(s -> s.cause() == SuspensionCause.ALARM && s.alarmId() != null)
                .map(s -> alarms.getIfAvailable() != null && alarms.getObject().acknowledged(s.alarmId()))
                .orElse(false);
        cn.anzuo.organization.CompanyPolicy policy = organization.policy(permit.companyId());
        boolean guardianBack = permit.suspension()
                .filter(s -> s.cause() == SuspensionCause.GUARDIAN_ABSENT)
                .map(s -> onSite.presence(permit.id()).filter(p -> p.inside() && p.at().isAfter(s.at())).isPresent())
                .orElse(true);
        return new SiteEvidence(GasTestFreshness.needed(permit.workType(), hazardArea), onSite.gasTests(permit.id()),
                onSite.present(permit.id(), permit.siteId(), policy.checkInIdentity()), acknowledged, policy.zone(),
                guardianBack);
    }

    public WorkPermit suspend(CurrentUser user, UUID permitId, String reason) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!user.has(Role.SAFETY_OFFICER)) {
            requireLeaderOrGuardian(user, permit);
        }
        Instant at = clock.instant();
        return change(permit, "suspension",
                current -> current.suspend(Actor.user(user.id()), SuspensionCause.MANUAL, reason.trim(), null, at));
    }

    /** Resume under the rules of the suspension's cause and the interruption limits. */
    public WorkPermit resume(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        Instant at = clock.instant();
        return change(permit, "resumption", current -> {
            weather.requireWorkable(current);
            requireNoUnacknowledgedAlarm(current);
            current.resume(Actor.user(user.id()), evidence(current), at);
        });
    }

    /** Complete; a confined space must be empty of people and tools (GB 30871 6.8). */
    public WorkPermit complete(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        Instant at = clock.instant();
        return change(permit, "completion", current -> {
            int inside = 0;
            if (current.workType() == cn.anzuo.shared.WorkType.CONFINED_SPACE && current.status() == PermitStatus.ACTIVE) {
                OnSite.Headcount count = onSite.headcount(current.id());
                inside = count.balanced() ? 0 : Math.max(1, count.personsInside());
            }
            current.complete(Actor.user(user.id()), inside, at);
        });
    }

    /**
     * The leader and the guardian often sign the acceptance side by side: one that meets the other's save is made
     * again on the saved permit (and then closes it) instead of answering 409.
     */
    public WorkPermit accept(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        Instant at = clock.instant();
        return change(permit, "acceptance", current -> {
            PermitPermissions may = PermitPermissions.of(user, current);
            current.accept(Actor.user(user.id()), may.leader(), may.guardian(), at);
        });
    }

    public WorkPermit cancel(CurrentUser user, UUID permitId, String reason) {
        WorkPermit permit = queries.visible(user, permitId);
        PermitPermissions may = PermitPermissions.of(user, permit);
        if (!user.id().equals(permit.applicantId()) && !may.leader() && !user.has(Role.SAFETY_OFFICER)) {
            throw new NotAllowed();
        }
        Instant at = clock.instant();
        return change(permit, "cancellation", current -> current.cancel(Actor.user(user.id()), reason.trim(), at));
    }

    public OnSite.Headcount headcount(CurrentUser user, UUID permitId, OnSite.Direction direction, int persons,
            int tools) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!PermitPermissions.of(user, permit).guardian()) {
            throw PermitProblems.notLeaderOrGuardian();
        }
        if (permit.status() != PermitStatus.ACTIVE && permit.status() != PermitStatus.SUSPENDED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "headcount");
        }
        OnSite.Headcount count = onSite.recordHeadcount(permit.id(), direction, persons, tools, user.id());
        events.publishEvent(new HeadcountRecorded(permit.id(), permit.companyId(), permit.siteId(), direction.name(),
                persons, tools, count.personsInside(), user.id(), clock.instant()));
        return count;
    }

    /**
     * Makes a person's transition on the permit the request loaded and saves it. The system changes permits too (an
     * alarm suspends a site, the sweep voids): a transition that meets such a save is made again on the saved permit,
     * so its answer is the permit's real state (done, or refused for what the permit now is) and never a bare conflict.
     * Everything the transition decides by is read inside {@code transition}, so the second time reads it afresh.
     */
    private WorkPermit change(WorkPermit permit, String what, Consumer<WorkPermit> transition) {
        return changes.changeRequested(permit, what, current -> {
            transition.accept(current);
            return true;
        });
    }

    private static void requireLeaderOrGuardian(CurrentUser user, WorkPermit permit) {
        if (!PermitPermissions.of(user, permit).runsTheWork()) {
            throw PermitProblems.notLeaderOrGuardian();
        }
    }
}
