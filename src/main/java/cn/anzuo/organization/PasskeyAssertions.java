package cn.anzuo.organization;

import java.util.UUID;

/**
 * Checks that a WebAuthn assertion (JSON of a {@code PublicKeyCredential} from {@code navigator.credentials.get})
 * is a fresh, user-verified signature by one of this user's own passkeys over a challenge Anzuo issued to
 * this user and has not seen used. The strongest answer to 代签 on an ordinary phone (API.md "On-site identity").
 */
public interface PasskeyAssertions {

    /** True only for a valid, fresh, user-verified assertion of {@code userId}'s own passkey; consumes the challenge. */
    boolean verify(UUID userId, String assertionJson);
}
