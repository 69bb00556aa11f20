package cn.anzuo.permit;

import cn.anzuo.shared.security.Role;
import java.util.UUID;

/** An open approval step waited longer than the company's {@code approvalEscalationMinutes}: deputies are told. */
public record ApprovalEscalated(UUID permitId, UUID companyId, String number, int seq, Role role, long minutesWaiting) {}
