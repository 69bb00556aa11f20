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

    public record Created(Checkpoint checkpoint, String secret) {}

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Created create(UUID companyId, UUID siteId, String code, Kind kind) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (find(siteId, normalized).isPresent()) {
            throw OnSiteProblems.checkpointCodeTaken(normalized);
        }
        String secret = Totp.newSecret();
        Checkpoint checkpoint = new Checkpoint(UUID.randomUUID(), companyId, siteId, normalized, kind);
        jdbc.sql("""
                        insert into checkpoint (id, company_id, site_id, code, kind, secret_cipher, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(checkpoint.id(), companyId, siteId, normalized, kind.name(), cipher.encrypt(secret),
                        Timestamp.from(clock.instant()))
                .update();
        return new Created(checkpoint, secret);
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
        if (method != ProofMethod.QR || checkpointCode == null) {
            throw OnSiteProblems.invalidProof();
        }
        Checkpoint checkpoint = find(siteId, checkpointCode.trim().toUpperCase(Locale.ROOT))
                .filter(c -> c.kind() == Kind.QR)
                .orElseThrow(OnSiteProblems::invalidProof);
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
