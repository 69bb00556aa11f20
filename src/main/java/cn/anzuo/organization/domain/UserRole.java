package cn.anzuo.organization.domain;

import cn.anzuo.shared.security.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role of a user account. */
@Table("app_user_role")
public record UserRole(Role role) {}
