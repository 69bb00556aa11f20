package cn.anzuo.organization.security;

import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.security.CurrentUser;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified token into the current user, reloaded from the database on every request so
 * that a disabled account or changed roles take effect at once.
 */
class BearerUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserAccountRepository users;

    BearerUserConverter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID userId;
        try {
            userId = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("bad subject");
        }
        UserAccount account = users.findById(userId)
                .filter(found -> users.signInAllowed(found.id()))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown or disabled user"));
        return new BearerUserAuthentication(account.currentUser(), jwt);
    }

    static final class BearerUserAuthentication extends AbstractAuthenticationToken {

        private final CurrentUser user;
        private final transient Jwt jwt;

        BearerUserAuthentication(CurrentUser user, Jwt jwt) {
            super(AccountDetails.authorities(user));
            this.user = user;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt == null ? null : jwt.getTokenValue();
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
