package cn.anzuo.organization.domain;

import cn.anzuo.organization.UserView;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: one company, several roles, optionally the worker record they are. */
@Table("app_user")
public class UserAccount {

    @Id
    private final UUID id;

    private final String username;
    private String passwordHash;
    private String displayName;
    private final UUID companyId;
    private UUID workerId;
    private String email;
    private boolean enabled;
    private final Instant createdAt;

    @MappedCollection(idColumn = "app_user")
    private Set<UserRole> roles;

    @Version
    private Long version;

    @PersistenceCreator
    UserAccount(UUID id, String username, String passwordHash, String displayName, UUID companyId, UUID workerId,
            String email, boolean enabled, Instant createdAt, Set<UserRole> roles, Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.companyId = companyId;
        this.workerId = workerId;
        this.email = email;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.roles = roles;
        this.version = version;
    }

    public static UserAccount create(String username, String passwordHash, String displayName, UUID companyId,
            Set<Role> roles, UUID workerId, String email, Instant now) {
        Set<UserRole> userRoles = roles.stream().map(UserRole::new).collect(Collectors.toSet());
        return new UserAccount(UUID.randomUUID(), username, passwordHash, displayName, companyId, workerId, email, true,
                now, userRoles, null);
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, companyId, roles(), workerId);
    }

    public UserView view() {
        return new UserView(id, username, displayName, companyId, roles(), workerId, email);
    }

    /** Name, roles and e-mail; the username and the company stay. */
    public void edit(String newDisplayName, Set<Role> newRoles, String newEmail) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.roles = newRoles.stream().map(UserRole::new).collect(Collectors.toSet());
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void linkWorker(UUID worker) {
        this.workerId = worker;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UUID companyId() {
        return companyId;
    }

    public boolean enabled() {
        return enabled;
    }
}
