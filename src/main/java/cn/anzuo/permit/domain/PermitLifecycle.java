package cn.anzuo.permit.domain;

import cn.anzuo.onsite.CheckInRecord;
import cn.anzuo.onsite.GasReading;
import cn.anzuo.onsite.GasTestView;
import cn.anzuo.onsite.OnSite;
import cn.anzuo.onsite.ProofMethod;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From approval to 完工验收: check-ins, gas analyses, the shift leader's check, start, suspend, resume,
 * complete, accept and cancel. The on-site module verifies and keeps the evidence; this service
 * decides what it allows and moves the permit, whose own methods guard the legal transitions.
 */
@Service
@Transactional
public class PermitLifecycle {

    /** Check-in opens this long before the planned start (workers gather, the guardian arrives first). */
    static final Duration EARLY_CHECK_IN = Duration.ofHours(2);

    private final WorkPermitRepository permits;
    private final PermitQueries queries;
    private final OnSite onSite;
    private final Organization organization;
    private final Clock clock;

    PermitLifecycle(WorkPermitRepository permits, PermitQueries queries, OnSite onSite, Organization organization,
            Clock clock) {
        this.permits = permits;
        this.queries = queries;
        this.onSite = onSite;
        this.organization = organization;
        this.clock = clock;
    }

    public record CheckIn(UUID workerId, ProofMethod method, String checkpointCode, String proof, double latitude,
            double longitude, double accuracyMeters) {}

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
        Instant now = clock.instant();
        if (permit.status() == PermitStatus.VOIDED || permit.status() == PermitStatus.EXPIRED
                || (permit.status() == PermitStatus.APPROVED && now.isBefore(permit.plannedStart().minus(EARLY_CHECK_IN)))) {
            throw PermitProblems.checkInWindowClosed();
        }
        if (permit.status() != PermitStatus.APPROVED && permit.status() != PermitStatus.ACTIVE) {
            throw PermitProblems.notApproved();
        }
        SiteView site = organization.site(permit.siteId()).orElseThrow();
        CheckInRecord record = onSite.checkIn(new OnSite.CheckIn(permit.id(), site, command.workerId(), user.id(),
                command.method(), command.checkpointCode(), command.proof(), command.latitude(), command.longitude(),
                command.accuracyMeters()));
        permit.recordCheckIn(record.at());
        permits.save(permit);
        return record;
    }

    public record RecordGasTest(Instant sampledAt, String samplePoint, UUID analystId, boolean oxygenEnriched,
            List<GasReading> readings) {}

    public GasTestView recordGasTest(CurrentUser analyst, UUID permitId, RecordGasTest command) {
        WorkPermit permit = queries.visible(analyst, permitId);
        if (!analyst.has(Role.GAS_ANALYST)) {
            throw new NotAllowed();
        }
        if (permit.status().isFinal() || permit.status() == PermitStatus.PENDING_APPROVAL
                || permit.status() == PermitStatus.COMPLETED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "gas-test");
        }
        return onSite.recordGasTest(new OnSite.RecordGasTest(permit.id(), permit.workType(), command.oxygenEnriched(),
                command.sampledAt(), command.samplePoint(),
                command.analystId() == null ? analyst.id() : command.analystId(), analyst.id(), command.readings()));
    }

    public WorkPermit shiftCheck(CurrentUser shiftLeader, UUID permitId) {
        WorkPermit permit = queries.visible(shiftLeader, permitId);
        if (!shiftLeader.has(Role.SHIFT_LEADER)) {
            throw new NotAllowed();
        }
        permit.recordShiftCheck(shiftLeader.id(), clock.instant());
        return permits.save(permit);
    }

    /** Start: every unmet precondition is listed; the first names the problem (API.md order). */
    public WorkPermit start(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        if (permit.status() != PermitStatus.APPROVED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "start");
        }
        Instant now = clock.instant();
        List<String> unmet = new ArrayList<>();
        if (needsGas(permit)) {
            GasTestFreshness.forStart(onSite.gasTests(permit.id()), now).ifPresent(unmet::add);
        }
        Set<UUID> present = onSite.checkedIn(permit.id());
        List<UUID> missing = permit.workerIds().stream().filter(w -> !present.contains(w)).toList();
        if (!missing.isEmpty()) {
            unmet.add("NOT_CHECKED_IN");
        }
        if (!present.contains(permit.guardianId())) {
            unmet.add("GUARDIAN_NOT_PRESENT");
        }
        if (permit.workType() == WorkType.HOT_WORK && permit.shiftCheckedAt() == null) {
            unmet.add("SHIFT_CHECK_REQUIRED");
        }
        if (!unmet.isEmpty()) {
            throw PermitProblems.unmet(unmet, missing);
        }
        permit.start(now);
        return permits.save(permit);
    }

    public WorkPermit suspend(CurrentUser user, UUID permitId, String reason) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!user.has(Role.SAFETY_OFFICER)) {
            requireLeaderOrGuardian(user, permit);
        }
        permit.suspend(reason.trim(), clock.instant());
        return permits.save(permit);
    }

    /** Resume: after a long interruption or an alarm, a new passing analysis sampled since the suspension. */
    public WorkPermit resume(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        if (permit.status() != PermitStatus.SUSPENDED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "resume");
        }
        Instant now = clock.instant();
        if (needsGas(permit)) {
            boolean afterAlarm = permit.suspensionReason() != null && permit.suspensionReason().startsWith("ALARM");
            GasTestFreshness.forResume(onSite.gasTests(permit.id()), permit.suspendedAt(), now, permit.workType(),
                    permit.level(), afterAlarm).ifPresent(code -> {
                        throw PermitProblems.unmet(List.of(code), List.of());
                    });
        }
        permit.resume(now);
        return permits.save(permit);
    }

    /** Complete; a confined space must be empty of people and tools (GB 30871 6.8). */
    public WorkPermit complete(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        requireLeaderOrGuardian(user, permit);
        if (permit.workType() == WorkType.CONFINED_SPACE && permit.status() == PermitStatus.ACTIVE) {
            OnSite.Headcount count = onSite.headcount(permit.id());
            if (!count.balanced()) {
                throw PermitProblems.headcountUnbalanced(count.personsInside());
            }
        }
        permit.complete(clock.instant());
        return permits.save(permit);
    }

    public WorkPermit accept(CurrentUser user, UUID permitId) {
        WorkPermit permit = queries.visible(user, permitId);
        boolean leader = isLeader(user, permit);
        boolean guardian = isGuardian(user, permit);
        if (!leader && !guardian) {
            throw PermitProblems.notLeaderOrGuardian();
        }
        permit.accept(leader, guardian, clock.instant());
        return permits.save(permit);
    }

    public WorkPermit cancel(CurrentUser user, UUID permitId, String reason) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!user.id().equals(permit.applicantId()) && !isLeader(user, permit) && !user.has(Role.SAFETY_OFFICER)) {
            throw new NotAllowed();
        }
        permit.cancel(reason.trim(), clock.instant());
        return permits.save(permit);
    }

    public OnSite.Headcount headcount(CurrentUser user, UUID permitId, OnSite.Direction direction, int persons,
            int tools) {
        WorkPermit permit = queries.visible(user, permitId);
        if (!isGuardian(user, permit)) {
            throw PermitProblems.notLeaderOrGuardian();
        }
        if (permit.status() != PermitStatus.ACTIVE && permit.status() != PermitStatus.SUSPENDED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "headcount");
        }
        return onSite.recordHeadcount(permit.id(), direction, persons, tools, user.id());
    }

    private boolean needsGas(WorkPermit permit) {
        boolean hazardArea = organization.site(permit.siteId()).map(SiteView::hazardArea).orElse(true);
        return GasTestFreshness.needed(permit.workType(), hazardArea);
    }

    private static boolean isLeader(CurrentUser user, WorkPermit permit) {
        return user.workerId() != null && user.workerId().equals(permit.leaderId());
    }

    private static boolean isGuardian(CurrentUser user, WorkPermit permit) {
        return user.workerId() != null && user.workerId().equals(permit.guardianId());
    }

    private static void requireLeaderOrGuardian(CurrentUser user, WorkPermit permit) {
        if (!isLeader(user, permit) && !isGuardian(user, permit)) {
            throw PermitProblems.notLeaderOrGuardian();
        }
    }
}
