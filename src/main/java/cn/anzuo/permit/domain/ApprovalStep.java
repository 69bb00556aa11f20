package cn.anzuo.permit.domain;

import cn.anzuo.shared.security.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a permit's approval chain. A decided step is never changed again: its decider, time,
 * comment, place and signature stay as recorded.
 */
@Table("approval_step")
public record ApprovalStep(
        Role role,
        StepStatus status,
        Instant openedAt,
        UUID decidedBy,
        String decidedByName,
        Instant decidedAt,
        String comment,
        Double latitude,
        Double longitude,
        UUID signatureId,
        String signatureSha256) {

    public enum StepStatus {
        /** Not yet reached (later steps of a normal chain). */
        WAITING,
        /** Open for a decision. */
        PENDING,
        APPROVED,
        REJECTED,
        /** Never decided because the permit was rejected earlier. */
        SKIPPED
    }

    static ApprovalStep waiting(Role role) {
        return new ApprovalStep(role, StepStatus.WAITING, null, null, null, null, null, null, null, null, null);
    }

    ApprovalStep open(Instant at) {
        return new ApprovalStep(role, StepStatus.PENDING, at, null, null, null, null, null, null, null, null);
    }

    ApprovalStep decided(Decision decision, boolean approve, Instant at) {
        return new ApprovalStep(role, approve ? StepStatus.APPROVED : StepStatus.REJECTED, openedAt, decision.userId(),
                decision.userName(), at, decision.comment(), decision.latitude(), decision.longitude(),
                decision.signatureId(), decision.signatureSha256());
    }

    ApprovalStep skipped() {
        return new ApprovalStep(role, StepStatus.SKIPPED, openedAt, null, null, null, null, null, null, null, null);
    }

    public boolean pending() {
        return status == StepStatus.PENDING;
    }

    /** Who decides and how: the data of one approval decision. */
    public record Decision(
            UUID userId, String userName, java.util.Set<Role> roles, boolean approve, String comment, Double latitude,
            Double longitude, UUID signatureId, String signatureSha256) {}
}
