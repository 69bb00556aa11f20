package cn.anzuo.organization.passkey;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * A passkey in software: an ES256 key pair that produces the registration record Spring Security stores and
 * assertions exactly as an authenticator signs them (WebAuthn §6.1 authenticatorData, §5.8.1 clientDataJSON).
 */
final class SoftPasskey {

    static final byte UP = 0x01;
    static final byte UV = 0x04;
    private static final byte AT = 0x40;

    final Bytes credentialId = Bytes.random();
    private final KeyPair keys;
    private final String rpId;
    long counter;

    SoftPasskey(String rpId) {
        this.rpId = rpId;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Spring Security's registration would store for this passkey, owned by {@code userEntityId}. */
    ImmutableCredentialRecord record(Bytes userEntityId, Instant now) {
        ObjectConverter converter = new ObjectConverter();
        EC2COSEKey coseKey = EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256);
        AttestedCredentialData credential = new AttestedCredentialData(new AAGUID(new byte[16]),
                credentialId.getBytes(), coseKey);
        AttestationObject attestation = new AttestationObject(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), (byte) (UP | UV | AT), 0,
                        credential),
                new NoneAttestationStatement());
        return ImmutableCredentialRecord.builder()
                .credentialId(credentialId)
                .userEntityUserId(userEntityId)
                .publicKey(new ImmutablePublicKeyCose(converter.getCborConverter().writeValueAsBytes(coseKey)))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .attestationObject(new Bytes(new AttestationObjectConverter(converter).convertToBytes(attestation)))
                .created(now)
                .lastUsed(now)
                .label("测试手机")
                .build();
    }

    /** A user-verified assertion over {@code challenge} (base64url) from {@code origin}, counter one up. */
    String assertion(String challenge, String origin) {
        return assertion(challenge, origin, (byte) (UP | UV), ++counter);
    }

    String assertion(String challenge, String origin, byte flags, long signCount) {
        byte[] clientData = """
                {"type":"webauthn.get","challenge":"%s","origin":"%s","crossOrigin":false}"""
                .formatted(challenge, origin).getBytes(StandardCharsets.UTF_8);
        byte[] authenticatorData = ByteBuffer.allocate(37)
                .put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                .put(flags)
                .putInt((int) signCount)
                .array();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String id = credentialId.toBase64UrlString();
        return """
                {"id":"%s","rawId":"%s","type":"public-key","authenticatorAttachment":"platform",
                 "clientExtensionResults":{},
                 "response":{"authenticatorData":"%s","clientDataJSON":"%s","signature":"%s"}}"""
                .formatted(id, id, b64(authenticatorData), b64(clientData), b64(signature));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
