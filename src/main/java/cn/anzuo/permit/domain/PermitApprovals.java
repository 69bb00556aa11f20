package cn.anzuo.permit.domain;

import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deciding an approval step (DecideApproval): signature stored once, decision recorded on the permit. */
@Service
@Transactional
public class PermitApprovals {

    private final WorkPermitRepository permits;
    private final PermitQueries queries;
    private final Signatures signatures;
    private final Clock clock;

    PermitApprovals(WorkPermitRepository permits, PermitQueries queries, Signatures signatures, Clock clock) {
        this.permits = permits;
        this.queries = queries;
        this.signatures = signatures;
        this.clock = clock;
    }

    public record DecideApproval(boolean approve, String comment, String signature, Double latitude, Double longitude) {}

    public WorkPermit decide(CurrentUser approver, UUID permitId, DecideApproval command) {
        Instant now = clock.instant();
        WorkPermit permit = queries.visible(approver, permitId);
        if (!permit.companyId().equals(approver.companyId())) {
            // A group role sees subsidiaries' permits, but approvers act in their own company only (PRODUCT.md §2.2).
            throw PermitProblems.notCurrentApprover();
        }
        if (!command.approve() && (command.comment() == null || command.comment().isBlank())) {
            throw PermitProblems.rejectionReasonRequired();
        }
        Signatures.Stored signature = command.signature() == null || command.signature().isBlank()
                ? null
                : signatures.store(permit.id(), command.signature(), now);
        permit.decide(new Decision(approver.id(), approver.displayName(), approver.roles(), command.approve(),
                command.comment() == null ? null : command.comment().trim(), command.latitude(), command.longitude(),
                signature == null ? null : signature.id(), signature == null ? null : signature.sha256()), now);
        return permits.save(permit);
    }
}
