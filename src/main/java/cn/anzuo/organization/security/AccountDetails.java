package cn.anzuo.organization.security;

import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The session principal of a signed-in user. */
final class AccountDetails implements UserDetails, CredentialsContainer, CurrentUser.Holder {

    private final CurrentUser user;
    private final boolean enabled;
    private transient String passwordHash;

    AccountDetails(UserAccount account, boolean signInAllowed) {
        this.user = account.currentUser();
        this.enabled = signInAllowed;
        this.passwordHash = account.passwordHash();
    }

    static List<GrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream().map(Role::authority).map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
