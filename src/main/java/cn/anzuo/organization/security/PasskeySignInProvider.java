package cn.anzuo.organization.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Sign-in with a passkey: Spring Security verifies the assertion; we refuse a disabled account (which Spring's
 * provider does not check) and make the session principal the same {@link AccountDetails} a password sign-in
 * gives, so that every page sees its {@code CurrentUser}.
 */
final class PasskeySignInProvider implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider webAuthn;
    private final UserDetailsService accounts;

    PasskeySignInProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts) {
        this.webAuthn = new WebAuthnAuthenticationProvider(relyingParty, accounts);
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication verified = webAuthn.authenticate(authentication);
        String username = ((PublicKeyCredentialUserEntity) verified.getPrincipal()).getName();
        UserDetails account = accounts.loadUserByUsername(username);
        if (!account.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (account instanceof org.springframework.security.core.CredentialsContainer container) {
            container.eraseCredentials();
        }
        return UsernamePasswordAuthenticationToken.authenticated(account, null, verified.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
