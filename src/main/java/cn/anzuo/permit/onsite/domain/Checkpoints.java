package cn.anzuo.permit.onsite.domain;

import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints (打卡点) of a site. A QR checkpoint shows the RFC 6238 code of its secret; the secret is
 * kept encrypted and shown once at creation. Each code is accepted once per worker. Other proof
 * methods (NFC SUN, face, passkey) plug in here with their issues; until then they are refused.
 */
@Service
@Transactional
public class Checkpoints {

    public enum Kind { QR, NFC }

    public record Checkpoint(UUID id, UUID companyId, UUID siteId, String code, Kind kind) {}

    /**
     * A new checkpoint and what is shown once: the TOTP secret of a QR checkpoint, the AES-128 keys (hex)
     * of an NFC checkpoint.
     */
    public record Created(Checkpoint checkpoint, String secret, String metaReadKey, String fileReadKey) {}

    /** The NFC tag of a checkpoint: its UID (optional, hex) and SDM keys (hex, generated when null). */
    public record NfcTag(String uid, String metaReadKey, String fileReadKey) {
        static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[0-9A-Fa-f]{32}");
        static final java.util.regex.Pattern UID = java.util.regex.Pattern.compile("[0-9A-Fa-f]{14}");

        public static final NfcTag GENERATED = new NfcTag(null, null, null);
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Created create(UUID companyId, UUID siteId, String code, Kind kind) {
        return create(companyId, siteId, code, kind, NfcTag.GENERATED);
    }

    public Created create(UUID companyId, UUID siteId, String code, Kind kind, NfcTag tag) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (find(siteId, normalized).isPresent()) {
            throw OnSiteProblems.checkpointCodeTaken(normalized);
        }
        String secret = Totp.newSecret();
        String metaKey = null;
        String fileKey = null;
        String uid = null;
        if (kind == Kind.NFC) {
            metaKey = keyOrNew(tag.metaReadKey(), "metaReadKey");
            fileKey = keyOrNew(tag.fileReadKey(), "fileReadKey");
            if (tag.uid() != null && !tag.uid().isBlank()) {
                if (!NfcTag.UID.matcher(tag.uid()).matches()) {
                    throw OnSiteProblems.invalidNfcKey("uid");
                }
                uid = tag.uid().toUpperCase(Locale.ROOT);
            }
        }
        Checkpoint checkpoint = new Checkpoint(UUID.randomUUID(), companyId, siteId, normalized, kind);
        jdbc.sql("""
                        insert into checkpoint (id, company_id, site_id, code, kind, secret_cipher, created_at, nfc_uid,
                                                nfc_meta_key_cipher, nfc_file_key_cipher)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(checkpoint.id(), companyId, siteId, normalized, kind.name(), cipher.encrypt(secret),
                        Timestamp.from(clock.instant()), uid, metaKey == null ? null : cipher.encrypt(metaKey),
                        fileKey == null ? null : cipher.encrypt(fileKey))
                .update();
        return kind == Kind.NFC ? new Created(checkpoint, null, metaKey, fileKey) : new Created(checkpoint, secret, null, null);
    }

    private static String keyOrNew(String given, String field) {
        if (given == null || given.isBlank()) {
            return SunMessage.newKey();
        }
        if (!NfcTag.KEY.matcher(given).matches()) {
            throw OnSiteProblems.invalidNfcKey(field);
        }
        return given.toUpperCase(Locale.ROOT);
    }

    /** NFC checkpoints with this code (of any site): a tapped tag's URL names only its code. */
    @Transactional(readOnly = true)
    public List<Checkpoint> nfcByCode(String code) {
        return jdbc.sql("select id, company_id, site_id, code, kind from checkpoint where code = ? and kind = 'NFC'")
                .param(code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Checkpoint> ofSite(UUID siteId) {
        return jdbc.sql("select id, company_id, site_id, code, kind from checkpoint where site_id = ? order by code")
                .param(siteId).query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Checkpoint> byId(UUID id) {
        return jdbc.sql("select id, company_id, site_id, code, kind from checkpoint where id = ?")
                .param(id).query((rs, n) -> row(rs)).optional();
    }

    /** The code a kiosk shows now, and the seconds it stays valid. */
    @Transactional(readOnly = true)
    public String currentCode(UUID checkpointId) {
        return Totp.code(secretOf(checkpointId), Totp.step(clock.instant()));
    }

    /** Verifies a proof and consumes it; returns the checkpoint used. */
    public UUID verifyProof(UUID siteId, ProofMethod method, String checkpointCode, String proof, UUID workerId,
            Instant at) {
        if ((method != ProofMethod.QR && method != ProofMethod.NFC) || checkpointCode == null) {
            throw OnSiteProblems.invalidProof();
        }
        Kind kind = method == ProofMethod.NFC ? Kind.NFC : Kind.QR;
        Checkpoint checkpoint = find(siteId, checkpointCode.trim().toUpperCase(Locale.ROOT))
                .filter(c -> c.kind() == kind)
                .orElseThrow(OnSiteProblems::invalidProof);
        if (kind == Kind.NFC) {
            return verifyTap(checkpoint, proof);
        }
        OptionalLong step = Totp.matchingStep(secretOf(checkpoint.id()), proof, at);
        if (step.isEmpty()) {
            throw OnSiteProblems.invalidProof();
        }
        int claimed = jdbc.sql("""
                        insert into totp_use (checkpoint_id, worker_id, time_step, used_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(checkpoint.id(), workerId, step.getAsLong(), Timestamp.from(at))
                .update();
        if (claimed == 0) {
            throw OnSiteProblems.invalidProof();
        }
        return checkpoint.id();
    }

    /**
     * A genuine SUN message of this checkpoint's tag whose read counter is above the last one seen. The
     * check and the update are one statement, so of two check-ins racing with one tap exactly one wins,
     * on any number of nodes.
     */
    private UUID verifyTap(Checkpoint checkpoint, String proof) {
        record Keys(String uid, String meta, String file) {}
        Keys keys = jdbc.sql("select nfc_uid, nfc_meta_key_cipher, nfc_file_key_cipher from checkpoint where id = ?")
                .param(checkpoint.id())
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        if (keys.meta() == null || keys.file() == null) {
            throw OnSiteProblems.invalidProof();
        }
        SunMessage.Tap tap = SunMessage.verify(proof, java.util.HexFormat.of().parseHex(cipher.decrypt(keys.meta())),
                        java.util.HexFormat.of().parseHex(cipher.decrypt(keys.file())))
                .filter(t -> keys.uid() == null || keys.uid().equals(t.uid()))
                .orElseThrow(OnSiteProblems::invalidProof);
        int raised = jdbc.sql("update checkpoint set nfc_counter = ? where id = ? and (nfc_counter is null or nfc_counter < ?)")
                .params(tap.counter(), checkpoint.id(), tap.counter()).update();
        if (raised == 0) {
            throw OnSiteProblems.invalidProof(); // replayed, or a racing check-in used this tap first
        }
        return checkpoint.id();
    }

    private Optional<Checkpoint> find(UUID siteId, String code) {
        return jdbc.sql("select id, company_id, site_id, code, kind from checkpoint where site_id = ? and code = ?")
                .params(siteId, code).query((rs, n) -> row(rs)).optional();
    }

    private String secretOf(UUID checkpointId) {
        return cipher.decrypt(jdbc.sql("select secret_cipher from checkpoint where id = ?")
                .param(checkpointId).query(String.class).single());
    }

    private static Checkpoint row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Checkpoint(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), Kind.valueOf(rs.getString(5)));
    }
}
