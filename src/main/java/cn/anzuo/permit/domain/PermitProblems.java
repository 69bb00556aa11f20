package cn.anzuo.permit.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import java.util.List;
import java.util.Map;

/** The named refusals of the permit module, with the codes of API.md. */
public final class PermitProblems {

    private PermitProblems() {}

    private static BusinessProblem unprocessable(String code, String field, Object... args) {
        return new BusinessProblem(ProblemKind.RULE, code, field, args);
    }

    public static BusinessProblem invalidWindow() {
        return unprocessable("INVALID_WINDOW", "plannedEnd");
    }

    public static BusinessProblem validityExceeded(long maxHours) {
        return unprocessable("VALIDITY_EXCEEDED", "plannedEnd", maxHours).with("maxHours", maxHours);
    }

    public static BusinessProblem levelRequired(String field) {
        return unprocessable("LEVEL_REQUIRED", field);
    }

    public static BusinessProblem measuresIncomplete(List<String> missing, List<String> unknown) {
        return unprocessable("MEASURES_INCOMPLETE", "measures", String.join(", ", missing))
                .with("missing", missing).with("unknown", unknown);
    }

    public static BusinessProblem guardianIsWorker() {
        return unprocessable("GUARDIAN_IS_WORKER", "guardianId");
    }

    public static BusinessProblem guardianBusy(String otherNumber) {
        return unprocessable("GUARDIAN_BUSY", "guardianId", otherNumber).with("conflictingPermit", otherNumber);
    }

    public static BusinessProblem unknownWorker(String field) {
        return unprocessable("UNKNOWN_WORKER", field);
    }

    public static BusinessProblem qualificationInvalid(List<Map<String, Object>> violations) {
        return unprocessable("QUALIFICATION_INVALID", "workerIds").with("violations", violations);
    }

    public static BusinessProblem expediteReasonRequired() {
        return unprocessable("EXPEDITE_REASON_REQUIRED", "expediteReason");
    }

    public static BusinessProblem invalidSignature() {
        return unprocessable("INVALID_SIGNATURE", "signature");
    }

    public static BusinessProblem notHeightWork() {
        return unprocessable("NOT_HEIGHT_WORK", "heightMeters");
    }

    public static BusinessProblem rejectionReasonRequired() {
        return unprocessable("REJECTION_REASON_REQUIRED", "comment");
    }

    public static BusinessProblem notPending() {
        return new BusinessProblem(ProblemKind.CONFLICT, "PERMIT_NOT_PENDING");
    }

    public static BusinessProblem notCurrentApprover() {
        return new BusinessProblem(ProblemKind.FORBIDDEN, "NOT_CURRENT_APPROVER");
    }

    public static BusinessProblem separationOfDuties() {
        return new BusinessProblem(ProblemKind.FORBIDDEN, "SEPARATION_OF_DUTIES");
    }

    public static BusinessProblem notApproved() {
        return new BusinessProblem(ProblemKind.CONFLICT, "PERMIT_NOT_APPROVED");
    }

    public static BusinessProblem checkInWindowClosed() {
        return unprocessable("CHECKIN_WINDOW_CLOSED", null);
    }

    public static BusinessProblem notOnPermit() {
        return unprocessable("NOT_ON_PERMIT", "workerId");
    }

    public static BusinessProblem proxyCheckIn() {
        return new BusinessProblem(ProblemKind.FORBIDDEN, "PROXY_CHECK_IN");
    }

    public static BusinessProblem notLeaderOrGuardian() {
        return new BusinessProblem(ProblemKind.FORBIDDEN, "NOT_LEADER_OR_GUARDIAN");
    }

    public static BusinessProblem headcountUnbalanced(int personsInside) {
        return unprocessable("HEADCOUNT_UNBALANCED", null, personsInside).with("personsInside", personsInside);
    }

    /** The first unmet start/resume precondition names the problem; all of them are listed in {@code unmet}. */
    public static BusinessProblem unmet(List<String> unmet, List<java.util.UUID> missingWorkerIds) {
        BusinessProblem problem = unprocessable(unmet.getFirst(), null).with("unmet", unmet);
        if (!missingWorkerIds.isEmpty()) {
            problem.with("missingWorkerIds", missingWorkerIds);
        }
        return problem;
    }

    /** An alarm at the site that would stop this permit has not been acknowledged ({@link AlarmClearance}). */
    public static BusinessProblem alarmNotAcknowledged(java.util.UUID alarmId) {
        return unprocessable("ALARM_NOT_ACKNOWLEDGED", null).with("unmet", List.of("ALARM_NOT_ACKNOWLEDGED"))
                .with("alarmId", alarmId);
    }

    /** Temporary power for hot work or a confined space must fit in that permit's window. */
    public static BusinessProblem outlastsServedWork(String servedNumber) {
        return unprocessable("VALIDITY_EXCEEDED_BY_SERVED_WORK", "plannedEnd", servedNumber)
                .with("servedPermit", servedNumber);
    }

    public static BusinessProblem unknownAnalyst() {
        return unprocessable("UNKNOWN_ANALYST", "analystId");
    }

    public static BusinessProblem proxyGasTest() {
        return new BusinessProblem(ProblemKind.FORBIDDEN, "PROXY_GAS_TEST");
    }

    public static BusinessProblem illegalTransition(String from, String action) {
        return new BusinessProblem(ProblemKind.CONFLICT, "ILLEGAL_TRANSITION", null, from, action);
    }

    /** 交叉作业: work within the SIMOPS distance of these permits at the same time, not listed as related. */
    public static BusinessProblem simopsConflict(List<java.util.UUID> conflicts) {
        return unprocessable("SIMOPS_CONFLICT", "relatedPermitIds", conflicts.size()).with("conflicts", conflicts);
    }

}
