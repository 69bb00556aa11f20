package cn.anzuo.organization.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.organization.WorkerDirectory;
import cn.anzuo.organization.domain.OrganizationProblems.RoleNotGrantable;
import cn.anzuo.organization.domain.OrganizationProblems.UsernameTaken;
import cn.anzuo.organization.domain.OrganizationProblems.WorkerAlreadyLinked;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating user accounts: a company administrator in their company, a group administrator in their subtree. */
@Service
@Transactional
public class UserAdministration {

    private final UserAccountRepository users;
    private final Organization organization;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final WorkerDirectory workers;

    UserAdministration(UserAccountRepository users, Organization organization, PasswordEncoder passwords, Clock clock,
            WorkerDirectory workers) {
        this.users = users;
        this.organization = organization;
        this.passwords = passwords;
        this.clock = clock;
        this.workers = workers;
    }

    public record CreateUser(
            String username, String password, String displayName, UUID companyId, Set<Role> roles, UUID workerId,
            String email) {}

    public UserView create(CurrentUser by, CreateUser command) {
        boolean groupAdmin = by.has(Role.GROUP_ADMIN);
        if (!groupAdmin && !by.companyId().equals(command.companyId())) {
            throw new RecordNotFound("company", command.companyId());
        }
        organization.requireVisible(by, command.companyId());
        if (!groupAdmin && command.roles().contains(Role.GROUP_ADMIN)) {
            throw new RoleNotGrantable(Role.GROUP_ADMIN.name());
        }
        // A worker of another company (or none at all) is "not found", as every record of another company is.
        if (command.workerId() != null && !workers.belongsTo(command.workerId(), command.companyId())) {
            throw new RecordNotFound("worker", command.workerId());
        }
        if (command.workerId() != null && users.findByWorkerId(command.workerId()).isPresent()) {
            throw new WorkerAlreadyLinked();
        }
        if (users.existsByUsername(command.username())) {
            throw new UsernameTaken(command.username());
        }
        UserAccount account = UserAccount.create(command.username(), passwords.encode(command.password()),
                command.displayName(), command.companyId(), command.roles(), command.workerId(), command.email(),
                clock.instant());
        return users.save(account).view();
    }

    public record EditUser(String displayName, Set<Role> roles, String email) {}

    /** Name, roles and e-mail of a user the caller administers; the username and company stay. */
    public UserAccount edit(CurrentUser by, UUID userId, EditUser command) {
        UserAccount account = administered(by, userId);
        if (!by.has(Role.GROUP_ADMIN) && command.roles().contains(Role.GROUP_ADMIN)
                && !account.roles().contains(Role.GROUP_ADMIN)) {
            throw new RoleNotGrantable(Role.GROUP_ADMIN.name());
        }
        account.edit(command.displayName().trim(), command.roles(),
                command.email() == null || command.email().isBlank() ? null : command.email().trim());
        return users.save(account);
    }

    /**
     * Disables or re-enables a user. Users are never deleted (ADR 0041): permits and approvals name them.
     * A disabled user cannot sign in, get a token, or use a token issued before.
     */
    public UserAccount changeEnabled(CurrentUser by, UUID userId, boolean enabled) {
        UserAccount account = administered(by, userId);
        if (!enabled && account.id().equals(by.id())) {
            throw new OrganizationProblems.CannotDisableSelf();
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        return users.save(account);
    }

    /** An administrator sets a new password for a user who forgot theirs. */
    public void resetPassword(CurrentUser by, UUID userId, String newPassword) {
        UserAccount account = administered(by, userId);
        account.changePassword(passwords.encode(newPassword));
        users.save(account);
    }

    /** Everyone changes their own password, with the current one. */
    public void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
        UserAccount account = users.findById(me.id()).orElseThrow(() -> new RecordNotFound("user", me.id()));
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new OrganizationProblems.WrongPassword();
        }
        account.changePassword(passwords.encode(newPassword));
        users.save(account);
    }

    /** A user of a company the caller administers: their own for a company admin, the subtree for a group admin. */
    @Transactional(readOnly = true)
    public UserAccount administered(CurrentUser by, UUID userId) {
        return users.findById(userId)
                .filter(u -> by.has(Role.GROUP_ADMIN) ? organization.canSee(by, u.companyId())
                        : u.companyId().equals(by.companyId()))
                .orElseThrow(() -> new RecordNotFound("user", userId));
    }

    @Transactional(readOnly = true)
    public List<UserView> search(Set<UUID> companyIds, String query) {
        return users.search(companyIds, query == null ? "" : query.trim()).stream().map(UserAccount::view).toList();
    }

    @Transactional(readOnly = true)
    public UserView visible(CurrentUser by, UUID userId) {
        return users.findById(userId)
                .filter(u -> organization.canSee(by, u.companyId()))
                .map(UserAccount::view)
                .orElseThrow(() -> new RecordNotFound("user", userId));
    }
}
