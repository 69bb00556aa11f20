package cn.anzuo.organization;

import cn.anzuo.shared.security.Role;
import java.util.Set;
import java.util.UUID;

/** A user account as other modules see it (never the password). */
public record UserView(
        UUID id, String username, String displayName, UUID companyId, Set<Role> roles, UUID workerId, String email) {}
