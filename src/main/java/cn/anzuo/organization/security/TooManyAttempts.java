package cn.anzuo.organization.security;

import org.springframework.security.core.AuthenticationException;

/** The username is locked after too many failed logins; even the right password is refused. */
class TooManyAttempts extends AuthenticationException {

    TooManyAttempts() {
        super("TOO_MANY_ATTEMPTS");
    }
}
