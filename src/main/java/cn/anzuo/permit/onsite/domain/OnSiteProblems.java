package cn.anzuo.permit.onsite.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;

/** The named refusals of the on-site module. */
public final class OnSiteProblems {

    private OnSiteProblems() {}

    public static BusinessProblem invalidProof() {
        return new BusinessProblem(ProblemKind.RULE, "INVALID_PROOF", "proof");
    }

    public static BusinessProblem outsideGeofence(double distance, int radius) {
        return new BusinessProblem(ProblemKind.RULE, "OUTSIDE_GEOFENCE", "latitude",
                Math.round(distance), radius)
                .with("distanceMeters", Math.round(distance)).with("radiusMeters", radius);
    }

    public static BusinessProblem locationInaccurate(double accuracy) {
        return new BusinessProblem(ProblemKind.RULE, "LOCATION_INACCURATE", "accuracyMeters",
                Math.round(accuracy));
    }

    public static BusinessProblem checkpointCodeTaken(String code) {
        return new BusinessProblem(ProblemKind.CONFLICT, "CHECKPOINT_CODE_TAKEN", "code", code);
    }

    public static BusinessProblem sampledInFuture() {
        return new BusinessProblem(ProblemKind.RULE, "INVALID_SAMPLE_TIME", "sampledAt");
    }

    public static BusinessProblem invalidNfcKey(String field) {
        return new BusinessProblem(ProblemKind.RULE, "INVALID_NFC_KEY", field);
    }

    public static BusinessProblem methodNotAllowed(String method) {
        return new BusinessProblem(ProblemKind.RULE, "CHECK_IN_METHOD_NOT_ALLOWED", "method", method);
    }

    public static BusinessProblem identityRequired(String mode) {
        return new BusinessProblem(ProblemKind.RULE, "IDENTITY_REQUIRED", "assertion", mode);
    }

    public static BusinessProblem faceRejected(double similarity, double minimum, boolean liveness) {
        return new BusinessProblem(ProblemKind.RULE, "FACE_REJECTED", "similarity", similarity, minimum,
                liveness ? "" : "liveness");
    }
}
