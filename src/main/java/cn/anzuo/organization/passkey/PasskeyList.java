package cn.anzuo.organization.passkey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/** A user's own passkeys, as the profile shows them; removing one checks that it is theirs. */
@Service
class PasskeyList {

    /** One registered passkey: its credential id (base64url), the name the user gave it, and when it was used. */
    record Passkey(String id, String label, Instant created, Instant lastUsed) {}

    private final PasskeyCheckIns checkIns;
    private final UserCredentialRepository credentials;

    PasskeyList(PasskeyCheckIns checkIns, UserCredentialRepository credentials) {
        this.checkIns = checkIns;
        this.credentials = credentials;
    }

    List<Passkey> of(UUID userId) {
        return checkIns.ownCredentials(userId).stream()
                .map(PasskeyList::view)
                .toList();
    }

    boolean remove(UUID userId, String credentialId) {
        return checkIns.ownCredentials(userId).stream()
                .filter(record -> record.getCredentialId().toBase64UrlString().equals(credentialId))
                .findFirst()
                .map(record -> {
                    credentials.delete(record.getCredentialId());
                    return true;
                })
                .orElse(false);
    }

    private static Passkey view(CredentialRecord record) {
        return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
                record.getLastUsed());
    }

    static Bytes id(String base64Url) {
        return Bytes.fromBase64(base64Url);
    }
}
