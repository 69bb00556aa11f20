package cn.anzuo.permit;

import cn.anzuo.shared.security.Role;
import java.util.UUID;

/** A further approval step opened: the approvers of its role in the company should decide. */
public record ApprovalRequested(UUID permitId, UUID companyId, String number, int seq, Role role) {}
