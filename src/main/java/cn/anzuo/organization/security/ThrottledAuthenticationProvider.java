package cn.anzuo.organization.security;

import cn.anzuo.organization.domain.UserAccountRepository;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Username and password, refused outright while the username is locked (see {@link LoginThrottle}). */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwords, LoginThrottle throttle) {
        super(username -> users.findByUsername(username)
                .map(account -> new AccountDetails(account, users.signInAllowed(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user")));
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        throttle.checkNotLocked(username);
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException | AuthenticationServiceException e) {
            if (e instanceof BadCredentialsException) {
                throttle.recordFailure(username);
            }
            throw e;
        }
    }
}
