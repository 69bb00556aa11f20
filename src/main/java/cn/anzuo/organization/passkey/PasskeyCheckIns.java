package cn.anzuo.organization.passkey;

import cn.anzuo.organization.PasskeyAssertions;
import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkey assertions for check-ins (ADR 0075): a challenge issued to one user for their own passkeys, kept in
 * {@code passkey_challenge} (no HTTP session, so bearer-token callers can use it too), answered once within
 * {@code anzuo.webauthn.challenge-validity}; the answer must be a user-verified signature by one of that user's
 * credentials, for our rp id and origins, with a signature counter that moved on.
 */
@Service
class PasskeyCheckIns implements PasskeyAssertions {

    private static final Logger log = LoggerFactory.getLogger(PasskeyCheckIns.class);
    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION =
            new TypeReference<>() {};

    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final UserAccountRepository users;
    private final JdbcOperations jdbc;
    private final PasskeyProperties properties;
    private final Clock clock;

    PasskeyCheckIns(WebAuthnRelyingPartyOperations relyingParty, PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials, UserAccountRepository users, JdbcOperations jdbc,
            PasskeyProperties properties, Clock clock) {
        this.relyingParty = relyingParty;
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.users = users;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller has no passkey to answer a check-in challenge with: register one on the profile page. */
    static final class NoPasskey extends BusinessProblem {
        NoPasskey() {
            super(ProblemKind.RULE, "NO_PASSKEY");
        }
    }

    /**
     * A fresh challenge for this user, as the JSON of {@code PublicKeyCredentialRequestOptions} for
     * {@code navigator.credentials.get}, limited to the user's own passkeys.
     */
    @Transactional
    String challenge(UUID userId) {
        List<CredentialRecord> own = ownCredentials(userId);
        if (own.isEmpty()) {
            throw new NoPasskey();
        }
        Instant now = clock.instant();
        jdbc.update("delete from passkey_challenge where expires_at <= ?", Timestamp.from(now));
        Bytes challenge = Bytes.random();
        jdbc.update("insert into passkey_challenge (challenge, user_id, expires_at) values (?, ?, ?)",
                challenge.toBase64UrlString(), userId, Timestamp.from(now.plus(properties.challengeValidity())));
        return json.writeValueAsString(options(challenge, own));
    }

    @Override
    @Transactional
    public boolean verify(UUID userId, String assertionJson) {
        if (userId == null || assertionJson == null || assertionJson.isBlank()) {
            return false;
        }
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(assertionJson, ASSERTION);
            AuthenticatorAssertionResponse response = credential.getResponse();
            JsonNode clientData = json.readTree(response.getClientDataJSON().getBytes());
            String challenge = clientData.path("challenge").asString("");
            // single use: whatever follows, this challenge is gone
            int consumed = jdbc.update("delete from passkey_challenge where challenge = ? and user_id = ? and expires_at > ?",
                    challenge, userId, Timestamp.from(clock.instant()));
            if (consumed != 1) {
                log.info("Passkey assertion of user {} refused: unknown, used or expired challenge", userId);
                return false;
            }
            List<CredentialRecord> own = ownCredentials(userId);
            Optional<CredentialRecord> used = own.stream()
                    .filter(record -> record.getCredentialId().equals(credential.getRawId()))
                    .findFirst();
            if (used.isEmpty()) {
                log.info("Passkey assertion of user {} refused: not one of the user's passkeys", userId);
                return false;
            }
            if (!counterMovedOn(used.get().getSignatureCount(), signCount(response.getAuthenticatorData().getBytes()))) {
                log.warn("Passkey assertion of user {} refused: signature counter did not increase (cloned authenticator?)",
                        userId);
                return false;
            }
            PublicKeyCredentialUserEntity owner = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(
                    options(Bytes.fromBase64(challenge), own), credential));
            return owner != null && owner.getName().equals(username(userId).orElse(null));
        } catch (RuntimeException e) {
            log.info("Passkey assertion of user {} refused: {}", userId, e.getMessage());
            return false;
        }
    }

    /** WebAuthn §6.1.1: zero on both sides means the authenticator keeps no counter; otherwise it must grow. */
    static boolean counterMovedOn(long stored, long presented) {
        return (stored == 0 && presented == 0) || presented > stored;
    }

    /** authenticatorData = rpIdHash (32) · flags (1) · signCount (4, big-endian) · … */
    private static long signCount(byte[] authenticatorData) {
        if (authenticatorData.length < 37) {
            throw new IllegalArgumentException("authenticatorData too short");
        }
        return ((authenticatorData[33] & 0xFFL) << 24) | ((authenticatorData[34] & 0xFFL) << 16)
                | ((authenticatorData[35] & 0xFFL) << 8) | (authenticatorData[36] & 0xFFL);
    }

    private PublicKeyCredentialRequestOptions options(Bytes challenge, List<CredentialRecord> own) {
        return PublicKeyCredentialRequestOptions.builder()
                .challenge(challenge)
                .rpId(properties.rpId())
                .timeout(properties.challengeValidity())
                .userVerification(UserVerificationRequirement.REQUIRED)
                .allowCredentials(own.stream()
                        .map(record -> PublicKeyCredentialDescriptor.builder()
                                .id(record.getCredentialId())
                                .transports(record.getTransports())
                                .build())
                        .toList())
                .build();
    }

    /** The user's passkeys, newest first. */
    List<CredentialRecord> ownCredentials(UUID userId) {
        return username(userId)
                .map(userEntities::findByUsername)
                .map(entity -> credentials.findByUserId(entity.getId()))
                .orElse(List.of());
    }

    private Optional<String> username(UUID userId) {
        return users.findById(userId).map(UserAccount::currentUser).map(user -> user.username());
    }
}
