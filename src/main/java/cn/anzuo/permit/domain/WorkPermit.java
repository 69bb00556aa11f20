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
import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.permit.domain.ApprovalStep.StepStatus;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
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
    private final BigDecimal heightMeters;
    private final BigDecimal loadTonnes;
    private final String hazardFactors;
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

    @MappedCollection(idColumn = "work_permit", keyColumn = "seq")
    private List<ApprovalStep> approvalSteps;

    @Version
    private Long version;

    // Lifecycle after approval; set by the guarded methods below, read back by Spring Data.
    private Instant firstCheckInAt;
    private UUID shiftCheckedBy;
    private Instant shiftCheckedAt;
    private Instant startedAt;
    private Instant suspendedAt;
    private String suspensionReason;
    private Instant completedAt;
    private Instant leaderAcceptedAt;
    private Instant guardianAcceptedAt;
    private Instant endedAt;
    private String endReason;

    @PersistenceCreator
    WorkPermit(UUID id, UUID companyId, String number, WorkType workType, PermitLevel level, PermitLevel requestedLevel,
            String levelReason, PermitStatus status, UUID siteId, String location, String content, Instant plannedStart,
            Instant plannedEnd, UUID leaderId, UUID guardianId, UUID applicantId, String hazards,
            String emergencyMeasures, BigDecimal heightMeters, BigDecimal loadTonnes, String hazardFactors,
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
        this.hazardFactors = hazardFactors;
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

    /** What an application fixes for the permit's whole life. */
    public record Application(
            UUID companyId, String number, WorkType type, PermitLevel level, PermitLevel requestedLevel,
            String levelReason, UUID siteId, String location, String content, TimeWindow window, UUID leaderId,
            List<UUID> workerIds, UUID guardianId, UUID applicantId, String hazards, String emergencyMeasures,
            BigDecimal heightMeters, BigDecimal loadTonnes, String hazardFactors, List<PermitMeasure> measures,
            Set<UUID> relatedPermitIds, boolean expedite, String expediteReason, List<Role> chain) {}

    /** Submits an application: the first step opens, or every step at once on the expedite channel. */
    public static WorkPermit submit(Application a, Instant now) {
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < a.chain().size(); i++) {
            ApprovalStep step = ApprovalStep.waiting(a.chain().get(i));
            steps.add(i == 0 || a.expedite() ? step.open(now) : step);
        }
        WorkPermit permit = new WorkPermit(UUID.randomUUID(), a.companyId(), a.number(), a.type(), a.level(),
                a.requestedLevel(), a.levelReason(), PermitStatus.PENDING_APPROVAL, a.siteId(), a.location(),
                a.content(), a.window().from(), a.window().to(), a.leaderId(), a.guardianId(), a.applicantId(),
                a.hazards(), a.emergencyMeasures(), a.heightMeters(), a.loadTonnes(), a.hazardFactors(), a.expedite(),
                a.expediteReason(), null, now, null,
                a.workerIds().stream().map(PermitWorker::new).toList(), List.copyOf(a.measures()),
                new LinkedHashSet<>(a.relatedPermitIds().stream().map(PermitRelation::new).toList()), steps, null);
        Set<Role> pending = new LinkedHashSet<>();
        steps.stream().filter(ApprovalStep::pending).forEach(s -> pending.add(s.role()));
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
        int index = openStepOf(decision.roles());
        List<ApprovalStep> steps = new ArrayList<>(approvalSteps);
        steps.set(index, steps.get(index).decided(decision, decision.approve(), now));
        if (!decision.approve()) {
            steps.replaceAll(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.WAITING ? s.skipped() : s);
            approvalSteps = steps;
            status = PermitStatus.REJECTED;
            rejectionReason = decision.comment();
            finalDecisionAt = now;
            registerEvent(new PermitRejected(id, companyId, number, applicantId, decision.comment(), now));
            return;
        }
        if (steps.stream().allMatch(s -> s.status() == StepStatus.APPROVED)) {
            approvalSteps = steps;
            status = PermitStatus.APPROVED;
            finalDecisionAt = now;
            registerEvent(new PermitApproved(id, companyId, number, applicantId, createdAt, now));
            return;
        }
        if (!expedite) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).status() == StepStatus.WAITING) {
                    steps.set(i, steps.get(i).open(now));
                    registerEvent(new ApprovalRequested(id, companyId, number, i + 1, steps.get(i).role()));
                    break;
                }
            }
        }
        approvalSteps = steps;
    }

    /**
     * Why the user could not decide a step now ({@code PERMIT_NOT_PENDING}, {@code NOT_CURRENT_APPROVER},
     * {@code SEPARATION_OF_DUTIES}, in that order), or empty when they may: the guard of {@link #decide}.
     */
    public Optional<BusinessProblem> refusalFor(UUID userId, Set<Role> roles) {
        if (status != PermitStatus.PENDING_APPROVAL) {
            return Optional.of(PermitProblems.notPending());
        }
        if (openStepOf(roles) < 0) {
            return Optional.of(PermitProblems.notCurrentApprover());
        }
        if (userId.equals(applicantId) || approvalSteps.stream().anyMatch(s -> userId.equals(s.decidedBy()))) {
            return Optional.of(PermitProblems.separationOfDuties());
        }
        return Optional.empty();
    }

    private int openStepOf(Set<Role> roles) {
        for (int i = 0; i < approvalSteps.size(); i++) {
            ApprovalStep step = approvalSteps.get(i);
            if (step.pending() && roles.contains(step.role())) {
                return i;
            }
        }
        return -1;
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
    public BigDecimal heightMeters() { return heightMeters; }
    public BigDecimal loadTonnes() { return loadTonnes; }
    public String hazardFactors() { return hazardFactors; }
    public boolean expedite() { return expedite; }
    public String expediteReason() { return expediteReason; }
    public String rejectionReason() { return rejectionReason; }
    public Instant createdAt() { return createdAt; }
    public Instant finalDecisionAt() { return finalDecisionAt; }
    public List<PermitMeasure> measures() { return List.copyOf(measures); }
    public List<ApprovalStep> approvalSteps() { return List.copyOf(approvalSteps); }

    // ---- Lifecycle (API.md "Lifecycle"; DOMAIN.md §1.11) ----

    /** A person checked in: only while approved or active; the first check-in keeps the permit from voiding. */
    public void recordCheckIn(Instant at) {
        if (status != PermitStatus.APPROVED && status != PermitStatus.ACTIVE) {
            throw PermitProblems.notApproved();
        }
        if (firstCheckInAt == null) {
            firstCheckInAt = at;
        }
    }

    /** 当班班长验票 before ignition (hot work only, once approved). */
    public void recordShiftCheck(UUID by, Instant at) {
        if (workType != WorkType.HOT_WORK || status != PermitStatus.APPROVED) {
            throw PermitProblems.illegalTransition(status.name(), "shift-check");
        }
        shiftCheckedBy = by;
        shiftCheckedAt = at;
    }

    /** Starts the work; the caller has checked the preconditions (gas, check-ins, shift check). */
    public void start(Instant at) {
        require(PermitStatus.APPROVED, "start");
        status = PermitStatus.ACTIVE;
        startedAt = at;
        registerEvent(new PermitStarted(id, companyId, siteId, number, at, null));
    }

    public void suspend(String reason, Instant at) {
        require(PermitStatus.ACTIVE, "suspend");
        status = PermitStatus.SUSPENDED;
        suspendedAt = at;
        suspensionReason = reason;
        registerEvent(new PermitSuspended(id, companyId, siteId, number, at, reason));
    }

    public void resume(Instant at) {
        require(PermitStatus.SUSPENDED, "resume");
        status = PermitStatus.ACTIVE;
        registerEvent(new PermitResumed(id, companyId, siteId, number, at, null));
    }

    public void complete(Instant at) {
        require(PermitStatus.ACTIVE, "complete");
        status = PermitStatus.COMPLETED;
        completedAt = at;
        registerEvent(new PermitCompleted(id, companyId, siteId, number, at, null));
    }

    /** 完工验收: leader and guardian each accept; the permit closes once both have. */
    public void accept(boolean asLeader, boolean asGuardian, Instant at) {
        require(PermitStatus.COMPLETED, "accept");
        if (asLeader && leaderAcceptedAt == null) {
            leaderAcceptedAt = at;
        }
        if (asGuardian && guardianAcceptedAt == null) {
            guardianAcceptedAt = at;
        }
        if (leaderAcceptedAt != null && guardianAcceptedAt != null) {
            status = PermitStatus.CLOSED;
            endedAt = at;
            registerEvent(new PermitClosed(id, companyId, siteId, number, at, null));
        }
    }

    public void cancel(String reason, Instant at) {
        if (status != PermitStatus.PENDING_APPROVAL && status != PermitStatus.APPROVED) {
            throw PermitProblems.illegalTransition(status.name(), "cancel");
        }
        status = PermitStatus.CANCELLED;
        endedAt = at;
        endReason = reason;
        registerEvent(new PermitCancelled(id, companyId, siteId, number, at, reason));
    }

    /**
     * Time-driven changes: nobody checked in within {@code checkInWindow} after the planned start →
     * VOIDED (事后补录 is impossible); past the planned end while not completed → EXPIRED.
     */
    public boolean applyTimeRules(Instant now, java.time.Duration checkInWindow) {
        boolean waiting = status == PermitStatus.PENDING_APPROVAL || status == PermitStatus.APPROVED;
        if (waiting && firstCheckInAt == null && !now.isBefore(plannedStart.plus(checkInWindow))) {
            status = PermitStatus.VOIDED;
            endedAt = now;
            endReason = "NO_CHECK_IN";
            registerEvent(new PermitVoided(id, companyId, siteId, number, now, endReason));
            return true;
        }
        boolean unfinished = waiting || status == PermitStatus.ACTIVE || status == PermitStatus.SUSPENDED;
        if (unfinished && !now.isBefore(plannedEnd)) {
            status = PermitStatus.EXPIRED;
            endedAt = now;
            endReason = "PLANNED_END_PASSED";
            registerEvent(new PermitExpired(id, companyId, siteId, number, now, endReason));
            return true;
        }
        return false;
    }

    /** Whether {@link #applyTimeRules} could change anything now, whatever the company's check-in window. */
    public boolean timeRulesMayApply(Instant now) {
        boolean waiting = status == PermitStatus.PENDING_APPROVAL || status == PermitStatus.APPROVED;
        boolean unfinished = waiting || status == PermitStatus.ACTIVE || status == PermitStatus.SUSPENDED;
        return (waiting && firstCheckInAt == null && !now.isBefore(plannedStart)) || (unfinished && !now.isBefore(plannedEnd));
    }

    private void require(PermitStatus expected, String action) {
        if (status != expected) {
            throw PermitProblems.illegalTransition(status.name(), action);
        }
    }

    public Instant firstCheckInAt() { return firstCheckInAt; }
    public UUID shiftCheckedBy() { return shiftCheckedBy; }
    public Instant shiftCheckedAt() { return shiftCheckedAt; }
    public Instant startedAt() { return startedAt; }
    public Instant suspendedAt() { return suspendedAt; }
    public String suspensionReason() { return suspensionReason; }
    public Instant completedAt() { return completedAt; }
    public Instant leaderAcceptedAt() { return leaderAcceptedAt; }
    public Instant guardianAcceptedAt() { return guardianAcceptedAt; }
    public Instant endedAt() { return endedAt; }
    public String endReason() { return endReason; }
}
