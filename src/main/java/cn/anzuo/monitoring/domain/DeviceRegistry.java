package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.DeviceCredentials;
import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.DeviceView;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices of the sites and their secrets. Telemetry looks a device up by code for every message,
 * so known devices are cached (re-read after a while, so that a device disabled or given a new secret on
 * another node stops working there too within a minute); an unknown code is remembered briefly so that
 * a flood of messages with a wrong code does not become a flood of queries.
 */
@Component
public class DeviceRegistry implements DeviceCredentials {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    static final Duration UNKNOWN_FOR = Duration.ofSeconds(5);
    /** Used in MQTT topics and user names: no '/', '+', '#' or spaces. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A device with its secret in clear, for checking signatures. Never leaves the module. */
    public record Device(UUID id, UUID companyId, UUID siteId, String code, DeviceKind kind, String secret,
            boolean enabled) {}

    private record Cached(Optional<Device> device, Instant until) {}

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final Map<String, Cached> byCode = new ConcurrentHashMap<>();

    DeviceRegistry(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public RegisteredDevice register(UUID companyId, UUID siteId, String code, DeviceKind kind, LocalDate calibratedOn) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessProblem(ProblemKind.RULE, "INVALID_DEVICE_CODE", "code");
        }
        String secret = newSecret();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into device (id, company_id, site_id, code, kind, secret, calibrated_on, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, companyId, siteId, code, kind.name(), cipher.encrypt(secret),
                            calibratedOn == null ? null : Date.valueOf(calibratedOn), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "DEVICE_CODE_TAKEN", "code", code);
        }
        byCode.remove(code);
        return new RegisteredDevice(view(id).orElseThrow(), secret);
    }

    @Transactional
    public RegisteredDevice rotateSecret(UUID deviceId) {
        DeviceView device = view(deviceId).orElseThrow(() -> new RecordNotFound("device", deviceId));
        String secret = newSecret();
        jdbc.sql("update device set secret = ? where id = ?").params(cipher.encrypt(secret), deviceId).update();
        byCode.remove(device.code());
        return new RegisteredDevice(device, secret);
    }

    @Transactional
    public DeviceView change(UUID deviceId, LocalDate calibratedOn, boolean enabled) {
        DeviceView device = view(deviceId).orElseThrow(() -> new RecordNotFound("device", deviceId));
        jdbc.sql("""
                        update device set calibrated_on = ?,
                        disabled_at = case when ? then null else coalesce(disabled_at, ?) end where id = ?""")
                .params(calibratedOn == null ? null : Date.valueOf(calibratedOn), enabled,
                        Timestamp.from(clock.instant()), deviceId)
                .update();
        byCode.remove(device.code());
        return view(deviceId).orElseThrow();
    }

    /** The device for a telemetry message; empty for an unknown code. Disabled devices are returned (callers refuse them). */
    public Optional<Device> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Cached cached = byCode.get(code);
        if (cached == null || cached.until().isBefore(now)) {
            Optional<Device> device = load(code);
            cached = new Cached(device, now.plus(device.isPresent() ? CACHE_FOR : UNKNOWN_FOR));
            if (byCode.size() > 100_000) {
                byCode.clear(); // a flood of invented codes must not grow the cache without bound
            }
            byCode.put(code, cached);
        }
        return cached.device();
    }

    @Override
    public boolean matches(String deviceCode, String secret) {
        return secret != null && byCode(deviceCode).filter(Device::enabled)
                .map(d -> MessageDigest.isEqual(d.secret().getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private Optional<Device> load(String code) {
        return jdbc.sql("select id, company_id, site_id, code, kind, secret, disabled_at from device where code = ?")
                .param(code)
                .query((rs, n) -> new Device(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), DeviceKind.valueOf(rs.getString(5)),
                        cipher.decrypt(rs.getString(6)), rs.getTimestamp(7) == null))
                .optional();
    }

    private static final String VIEW_COLUMNS =
            "id, company_id, site_id, code, kind, calibrated_on, created_at, last_seen_at, disabled_at from device";

    private static final RowMapper<DeviceView> VIEW = (rs, n) -> new DeviceView(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
            DeviceKind.valueOf(rs.getString(5)), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
            rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
            rs.getTimestamp(9) == null);

    public Optional<DeviceView> view(UUID deviceId) {
        return jdbc.sql("select " + VIEW_COLUMNS + " where id = ?").param(deviceId).query(VIEW).optional();
    }

    public List<DeviceView> atSite(UUID siteId) {
        return jdbc.sql("select " + VIEW_COLUMNS + " where site_id = ? order by code").param(siteId).query(VIEW).list();
    }

    public List<DeviceView> ofCompany(UUID companyId) {
        return jdbc.sql("select " + VIEW_COLUMNS + " where company_id = ? order by code").param(companyId).query(VIEW)
                .list();
    }

    /** 24 random bytes, URL-safe base64: the MQTT password and the HMAC key (its UTF-8 bytes). */
    static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
