package cn.anzuo.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

class PasskeySignInProviderTest {

    final WebAuthnRelyingPartyOperations relyingParty = mock(WebAuthnRelyingPartyOperations.class);
    final WebAuthnAuthenticationRequestToken request =
            new WebAuthnAuthenticationRequestToken(mock(RelyingPartyAuthenticationRequest.class));

    PasskeySignInProvider provider(boolean enabled) {
        UserDetailsService accounts = username -> User.withUsername(username).password("{noop}x")
                .roles("WORKER").disabled(!enabled).build();
        return new PasskeySignInProvider(relyingParty, accounts);
    }

    void assertionOf(String username) {
        when(relyingParty.authenticate(any())).thenReturn(ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.random()).name(username).displayName(username).build());
    }

    @Test
    void aVerifiedPasskeySignsInWithTheAccountAsPrincipal() {
        assertionOf("worker");
        Authentication signedIn = provider(true).authenticate(request);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo("worker");
        assertThat(signedIn.getPrincipal()).isInstanceOf(User.class);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_WORKER");
    }

    @Test
    void aDisabledAccountCannotSignInWithItsPasskey() {
        assertionOf("gone");
        assertThatThrownBy(() -> provider(false).authenticate(request)).isInstanceOf(DisabledException.class);
    }

    @Test
    void aFailedAssertionIsBadCredentials() {
        when(relyingParty.authenticate(any())).thenThrow(new IllegalArgumentException("bad signature"));
        assertThatThrownBy(() -> provider(true).authenticate(request)).isInstanceOf(BadCredentialsException.class);
    }
}
