package cn.anzuo.permit;

import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.util.Set;
import java.util.UUID;

/** A permit was submitted; its first step (or every step, when expedited) awaits a decision. */
public record PermitSubmitted(UUID permitId, UUID companyId, String number, WorkType type, PermitLevel level, boolean expedite, Set<Role> pendingRoles) {}
