package cn.anzuo.shared.security;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person as every module sees it: who, in which company, with which roles, and the
 * worker record they are (if any). Resolved for controller parameters of this type.
 */
public record CurrentUser(UUID id, String username, String displayName, UUID companyId, Set<Role> roles, UUID workerId)
        implements java.io.Serializable {

    public CurrentUser {
        roles = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Implemented by authentication principals that carry a {@link CurrentUser}. */
    public interface Holder {
        CurrentUser currentUser();
    }
}
