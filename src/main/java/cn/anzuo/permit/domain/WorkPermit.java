package cn.anzuo.permit.domain;

import cn.anzuo.permit.ApprovalRequested;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitCancelled;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitCompleted;
import cn.anzuo.permit.PermitExpired;
import cn.anzuo.permit.PermitResumed;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.PermitSuspended;
import cn.anzuo.permit.PermitVoided;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRejected;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.PermitSubmitted;
import cn.anzuo.permit.Actor;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.Suspension;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A work permit (作业票). Content, scope and place are fixed at submission (GB 30871 4.16: a change
 * needs a new permit), so there are no setters: every state change is a guarded method that
 * registers its event. Optimistic locking ({@code version}) makes concurrent decisions on one
 * permit fail instead of double-advancing it.
 */
@Table("work_permit")
public class WorkPermit extends AbstractAggregateRoot<WorkPermit> {

    @Id
    private final UUID id;

    private final UUID companyId;
    private final String number;
    private final WorkType workType;
    private final PermitLevel level;
    private final PermitLevel requestedLevel;
    private final String levelReason;
    private PermitStatus status;
    private final UUID siteId;
    private final String location;
    private final String content;
    private final Instant plannedStart;
    private final Instant plannedEnd;
    private final UUID leaderId;
    private final UUID guardianId;
    private final UUID applicantId;
    private final String hazards;
    private final String emergencyMeasures;
    /** Annex A item 16, set at submission only ({@link OtherMeasures}); not in the creator, read back by Spring Data. */
    private String otherMeasures;
    /** Open-air work (API.md "Risk rules"), set at submission only; not in the creator, read back by Spring Data. */
    private boolean outdoor = true;
    /** Where the work happens, when the applicant gave it (SIMOPS, ADR 0070). */
    private Double latitude;
    private Double longitude;
    private final BigDecimal heightMeters;
    private final BigDecimal loadTonnes;
    private final boolean expedite;
    private final String expediteReason;
    private String rejectionReason;
    private final Instant createdAt;
    private Instant finalDecisionAt;

    @MappedCollection(idColumn = "work_permit", keyColumn = "seq")
    private final List<PermitWorker> workers;

    @MappedCollection(idColumn = "work_permit", keyColumn = "seq")
    private final List<PermitMeasure> measures;

    @MappedCollection(idColumn = "work_permit")
    private final Set<PermitRelation> related;

    @MappedCollection(idColumn = "work_permit")
    private Set<PermitHazardFactor> hazardFactors;

    @MappedCollection(idColumn = "work_permit", keyColumn = "seq")
    private List<ApprovalStep> approvalSteps;

    @Version
    private Long version;

    // Lifecycle after approval; set by the guarded methods below, read back by Spring Data.
    @Embedded.Empty
    private SiteProgress progress = SiteProgress.NONE;
    @Embedded.Nullable(prefix = "suspension_")
    private Suspension suspension;
    @Embedded.Nullable
    private PermitEnd ending;

    @MappedCollection(idColumn = "work_permit", keyColumn = "seq")
    private List<PermitTransition> history;

    @PersistenceCreator
    WorkPermit(UUID id, UUID companyId, String number, WorkType workType, PermitLevel level, PermitLevel requestedLevel,
            String levelReason, PermitStatus status, UUID siteId, String location, String content, Instant plannedStart,
            Instant plannedEnd, UUID leaderId, UUID guardianId, UUID applicantId, String hazards,
            String emergencyMeasures, BigDecimal heightMeters, BigDecimal loadTonnes,
            boolean expedite, String expediteReason, String rejectionReason, Instant createdAt, Instant finalDecisionAt,
            List<PermitWorker> workers, List<PermitMeasure> measures, Set<PermitRelation> related,
            List<ApprovalStep> approvalSteps, Long version) {
        this.id = id;
        this.companyId = companyId;
        this.number = number;
        this.workType = workType;
        this.level = level;
        this.requestedLevel = requestedLevel;
        this.levelReason = levelReason;
        this.status = status;
        this.siteId = siteId;
        this.location = location;
        this.content = content;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.leaderId = leaderId;
        this.guardianId = guardianId;
        this.applicantId = applicantId;
        this.hazards = hazards;
        this.emergencyMeasures = emergencyMeasures;
        this.heightMeters = heightMeters;
        this.loadTonnes = loadTonnes;
        this.expedite = expedite;
        this.expediteReason = expediteReason;
        this.rejectionReason = rejectionReason;
        this.createdAt = createdAt;
        this.finalDecisionAt = finalDecisionAt;
        this.workers = workers;
        this.measures = measures;
        this.related = related;
        this.approvalSteps = approvalSteps;
        this.version = version;
    }

    /** Submits an application: the first step opens, or every step at once on the expedite channel. */
    public static WorkPermit submit(PermitApplication a, Instant now) {
        List<ApprovalStep> steps = ApprovalRoute.initial(a.chain(), a.expedite(), now);
        WorkPermit permit = new WorkPermit(UUID.randomUUID(), a.companyId(), a.number(), a.type(), a.level(),
                a.requestedLevel(), a.levelReason(), PermitStatus.PENDING_APPROVAL, a.siteId(), a.location(),
                a.content(), a.window().from(), a.window().to(), a.leaderId(), a.guardianId(), a.applicantId(),
                a.hazards(), a.emergencyMeasures(), a.heightMeters(), a.loadTonnes(), a.expedite(),
                a.expediteReason(), null, now, null,
                a.workerIds().stream().map(w -> new PermitWorker(w, a.window().from())).toList(), List.copyOf(a.measures()),
                new LinkedHashSet<>(a.relatedPermitIds().stream().map(PermitRelation::new).toList()), steps, null);
        permit.hazardFactors = new LinkedHashSet<>(a.hazardFactors().stream().sorted().map(PermitHazardFactor::new).toList());
        permit.otherMeasures = OtherMeasures.of(a.otherMeasures());
        permit.outdoor = a.outdoor();
        if (a.point() != null) {
            permit.latitude = a.point().latitude();
            permit.longitude = a.point().longitude();
        }
        Set<Role> pending = new LinkedHashSet<>();
        steps.stream().filter(ApprovalStep::pending).forEach(s -> pending.add(s.role()));
        permit.record(now, "SUBMIT", PermitStatus.PENDING_APPROVAL, Actor.user(a.applicantId()),
                a.expedite() ? "EXPEDITE" : null);
        permit.registerEvent(new PermitSubmitted(permit.id, permit.companyId, permit.number, permit.workType,
                permit.level, permit.expedite, pending));
        return permit;
    }

    /**
     * An approver decides the open step of their role. Refused when the permit is not pending, when
     * the decider holds no open step's role, or when they applied for it or already decided a step.
     */
    public void decide(Decision decision, Instant now) {
        refusalFor(decision.userId(), decision.roles()).ifPresent(refusal -> {
            throw refusal;
        });
        int index = ApprovalRoute.openStepOf(approvalSteps, decision.roles());
        List<ApprovalStep> steps = new ArrayList<>(approvalSteps);
        steps.set(index, steps.get(index).decided(decision, decision.approve(), now));
        if (!decision.approve()) {
            ApprovalRoute.skipUndecided(steps);
            approvalSteps = steps;
            rejectionReason = decision.comment();
            finalDecisionAt = now;
            moveTo(PermitStatus.REJECTED, "REJECT", Actor.user(decision.userId()), decision.comment(), now);
            registerEvent(new PermitRejected(id, companyId, number, applicantId, decision.comment(), now));
            return;
        }
        if (ApprovalRoute.allApproved(steps)) {
            approvalSteps = steps;
            finalDecisionAt = now;
            moveTo(PermitStatus.APPROVED, "APPROVE", Actor.user(decision.userId()), steps.get(index).role().name(), now);
            registerEvent(new PermitApproved(id, companyId, number, applicantId, createdAt, now));
            return;
        }
        int next = expedite ? -1 : ApprovalRoute.nextWaiting(steps);
        if (next >= 0) {
            steps.set(next, steps.get(next).open(now));
            registerEvent(new ApprovalRequested(id, companyId, number, next + 1, steps.get(next).role()));
        }
        approvalSteps = steps;
        record(now, "APPROVE", status, Actor.user(decision.userId()), steps.get(index).role().name());
    }

    /** Why the user could not decide a step now, or empty when they may: the guard of {@link #decide}. */
    public Optional<BusinessProblem> refusalFor(UUID userId, Set<Role> roles) {
        return ApprovalRoute.refusal(status, approvalSteps, applicantId, userId, roles);
    }

    public TimeWindow window() {
        return new TimeWindow(plannedStart, plannedEnd);
    }

    public List<UUID> workerIds() {
        return workers.stream().map(PermitWorker::workerId).toList();
    }

    public List<UUID> relatedPermitIds() {
        return related.stream().map(PermitRelation::relatedId).toList();
    }

    public UUID id() { return id; }
    public UUID companyId() { return companyId; }
    public String number() { return number; }
    public WorkType workType() { return workType; }
    public PermitLevel level() { return level; }
    public PermitLevel requestedLevel() { return requestedLevel; }
    public String levelReason() { return levelReason; }
    public PermitStatus status() { return status; }
    public UUID siteId() { return siteId; }
    public String location() { return location; }
    public String content() { return content; }
    public Instant plannedStart() { return plannedStart; }
    public Instant plannedEnd() { return plannedEnd; }
    public UUID leaderId() { return leaderId; }
    public UUID guardianId() { return guardianId; }
    public UUID applicantId() { return applicantId; }
    public String hazards() { return hazards; }
    public String emergencyMeasures() { return emergencyMeasures; }
    /** Annex A item 16 (其他安全措施), or null. */
    public String otherMeasures() { return otherMeasures; }
    /** Open-air work: the weather rules apply; an indoor permit is never blocked by weather. */
    public boolean outdoor() { return outdoor; }
    public BigDecimal heightMeters() { return heightMeters; }
    /** Where the work happens, or null when the applicant gave no point. */
    public GeoPoint point() { return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude); }
    public BigDecimal loadTonnes() { return loadTonnes; }
    /** The objective hazard factors of height work (GB/T 3608), empty for other types. */
    public Set<HazardFactor> hazardFactors() {
        Set<HazardFactor> factors = java.util.EnumSet.noneOf(HazardFactor.class);
        if (hazardFactors != null) {
            hazardFactors.forEach(f -> factors.add(f.factor()));
        }
        return factors;
    }
    public boolean expedite() { return expedite; }
    public String expediteReason() { return expediteReason; }
    public String rejectionReason() { return rejectionReason; }
    public Instant createdAt() { return createdAt; }
    public Instant finalDecisionAt() { return finalDecisionAt; }
    public List<PermitMeasure> measures() { return List.copyOf(measures); }
    public List<ApprovalStep> approvalSteps() { return List.copyOf(approvalSteps); }

    // ---- Lifecycle (API.md "Lifecycle"; DOMAIN.md §1.11) ----

    /** Why nobody may check in now ({@link StartConditions#checkIn}), or empty. */
    public Optional<BusinessProblem> checkInRefusal(Instant now) {
        return StartConditions.checkIn(this, now);
    }

    /**
     * A person checked in: only while approved or active; the first check-in keeps the permit from voiding. True when
     * this was the first (the permit changed); the crew's later check-ins leave it as it is.
     */
    public boolean recordCheckIn(Instant at) {
        checkInRefusal(at).ifPresent(refusal -> {
            throw refusal;
        });
        boolean first = progress.firstCheckInAt() == null;
        progress = progress.checkedIn(at);
        return first;
    }

    /** 当班班长验票 before ignition (hot work only, once approved). */
    public void recordShiftCheck(Actor by, Instant at) {
        if (workType != WorkType.HOT_WORK || status != PermitStatus.APPROVED) {
            throw PermitProblems.illegalTransition(status.name(), "shift-check");
        }
        progress = progress.shiftChecked(by.userId(), at);
        record(at, "SHIFT_CHECK", status, by, null);
    }

    /** The unmet preconditions of starting ({@link StartConditions#start}). */
    public Unmet startRefusals(SiteEvidence evidence, Instant now) {
        return StartConditions.start(this, evidence, now);
    }

    public void start(Actor by, SiteEvidence evidence, Instant at) {
        require(PermitStatus.APPROVED, "start");
        startRefusals(evidence, at).throwIfAny();
        progress = progress.started(at);
        moveTo(PermitStatus.ACTIVE, "START", by, null, at);
        registerEvent(new PermitStarted(id, companyId, siteId, number, at, by, null));
    }

    /** Stops the work for a typed cause; only an active permit can be suspended. */
    public void suspend(Actor by, SuspensionCause cause, String reason, UUID alarmId, Instant at) {
        require(PermitStatus.ACTIVE, "suspend");
        suspension = new Suspension(cause, reason, alarmId, by.userId(), at);
        moveTo(PermitStatus.SUSPENDED, "SUSPEND", by, cause.name() + (reason == null ? "" : ": " + reason), at);
        registerEvent(new PermitSuspended(id, companyId, siteId, number, at, by, cause, reason, alarmId));
    }

    /** The unmet preconditions of resuming ({@link StartConditions#resume}). */
    public Unmet resumeRefusals(SiteEvidence evidence, Instant now) {
        return StartConditions.resume(this, evidence, now);
    }

    public void resume(Actor by, SiteEvidence evidence, Instant at) {
        require(PermitStatus.SUSPENDED, "resume");
        resumeRefusals(evidence, at).throwIfAny();
        suspension = null;
        moveTo(PermitStatus.ACTIVE, "RESUME", by, null, at);
        registerEvent(new PermitResumed(id, companyId, siteId, number, at, by, null));
    }

    /** Complete; a confined space must first be empty of people and tools (GB 30871 6.8). */
    public void complete(Actor by, int personsOrToolsInside, Instant at) {
        require(PermitStatus.ACTIVE, "complete");
        if (workType == WorkType.CONFINED_SPACE && personsOrToolsInside != 0) {
            throw PermitProblems.headcountUnbalanced(personsOrToolsInside);
        }
        progress = progress.completed(at);
        moveTo(PermitStatus.COMPLETED, "COMPLETE", by, null, at);
        registerEvent(new PermitCompleted(id, companyId, siteId, number, at, by, null));
    }

    /** 完工验收: leader and guardian each accept; the permit closes once both have. */
    public void accept(Actor by, boolean asLeader, boolean asGuardian, Instant at) {
        require(PermitStatus.COMPLETED, "accept");
        if (!asLeader && !asGuardian) {
            throw PermitProblems.notLeaderOrGuardian();
        }
        progress = progress.accepted(asLeader, asGuardian, at);
        String as = asLeader && asGuardian ? "LEADER,GUARDIAN" : asLeader ? "LEADER" : "GUARDIAN";
        if (progress.acceptedByBoth()) {
            ending = PermitEnd.closed(at);
            moveTo(PermitStatus.CLOSED, "ACCEPT", by, as, at);
            registerEvent(new PermitClosed(id, companyId, siteId, number, at, by, null));
        } else {
            record(at, "ACCEPT", status, by, as);
        }
    }

    public void cancel(Actor by, String reason, Instant at) {
        if (status != PermitStatus.PENDING_APPROVAL && status != PermitStatus.APPROVED) {
            throw PermitProblems.illegalTransition(status.name(), "cancel");
        }
        end(PermitStatus.CANCELLED, EndCause.CANCELLED, reason, "CANCEL", by, at);
        registerEvent(new PermitCancelled(id, companyId, siteId, number, at, by, reason));
    }

    /** Time-driven ends, made by the system ({@link TimeLimits}): VOIDED or EXPIRED; true when one applied. */
    public boolean applyTimeRules(Instant now, Duration checkInWindow) {
        Optional<EndCause> cause = TimeLimits.due(this, now, checkInWindow);
        cause.ifPresent(c -> {
            Actor system = Actor.system(c.name());
            boolean voided = c == EndCause.NO_CHECK_IN;
            end(voided ? PermitStatus.VOIDED : PermitStatus.EXPIRED, c, null, voided ? "VOID" : "EXPIRE", system, now);
            registerEvent(voided ? new PermitVoided(id, companyId, siteId, number, now, system, c.name())
                    : new PermitExpired(id, companyId, siteId, number, now, system, c.name()));
        });
        return cause.isPresent();
    }

    /** Whether {@link #applyTimeRules} could change anything now, whatever the company's check-in window. */
    public boolean timeRulesMayApply(Instant now) {
        return TimeLimits.mayApply(this, now);
    }

    private void end(PermitStatus to, EndCause cause, String reason, String action, Actor by, Instant at) {
        ending = new PermitEnd(at, cause, reason);
        suspension = null;
        moveTo(to, action, by, reason == null ? cause.name() : reason, at);
    }

    private void moveTo(PermitStatus to, String action, Actor by, String reason, Instant at) {
        PermitStatus from = status;
        status = to;
        record(at, action, from, by, reason);
    }

    private void record(Instant at, String action, PermitStatus from, Actor by, String reason) {
        List<PermitTransition> appended = new ArrayList<>(history == null ? List.of() : history);
        appended.add(PermitTransition.of(at, action, from, status, by, reason));
        history = appended;
        registerEvent(new PermitActRecorded(id, companyId, number, action, from, status, at, by, reason));
    }

    private void require(PermitStatus expected, String action) {
        if (status != expected) {
            throw PermitProblems.illegalTransition(status.name(), action);
        }
    }

    /** The moments on site so far (none before the first check-in). */
    public SiteProgress progress() { return progress; }
    /** The current suspension while {@code SUSPENDED}, else empty (past ones are in the history). */
    public Optional<Suspension> suspension() { return Optional.ofNullable(suspension); }
    /** How the permit ended, or empty while it lives. */
    public Optional<PermitEnd> ending() { return Optional.ofNullable(ending); }
    /** Every act on the permit, oldest first. */
    public List<PermitTransition> history() { return history == null ? List.of() : List.copyOf(history); }
}
