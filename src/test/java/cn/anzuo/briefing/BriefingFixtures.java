package cn.anzuo.briefing;

import cn.anzuo.shared.security.Role;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company built row by row, so a test knows every figure of its day: rows are written straight into the
 * owning modules' tables (only what the briefing counts needs to be there).
 */
final class BriefingFixtures {

    final JdbcClient jdbc;
    final UUID companyId = UUID.randomUUID();
    final UUID siteId = UUID.randomUUID();
    final UUID workerId = UUID.randomUUID();
    final UUID userId = UUID.randomUUID();
    final UUID deviceId = UUID.randomUUID();
    private final String code = "BR" + companyId.toString().substring(0, 8).toUpperCase();
    private int permits;

    /** A company in {@code zone}, a child of {@code parentId} (null for none), with a site, a worker and a device. */
    BriefingFixtures(JdbcClient jdbc, String zone, UUID parentId) {
        this.jdbc = jdbc;
        jdbc.sql("insert into company (id, code, name, parent_id, time_zone, expiry_reminder_days, created_at, version) "
                        + "values (?, ?, '晨会测试', ?, ?, 15, current_timestamp, 0)")
                .params(companyId, code, parentId, zone).update();
        jdbc.sql("insert into site (id, company_id, code, name, latitude, longitude, radius_meters, hazard_area, "
                + "created_at, version) values (?, ?, 'S1', '罐区', 32.26, 118.79, 200, true, current_timestamp, 0)")
                .params(siteId, companyId).update();
        jdbc.sql("insert into worker (id, company_id, name, id_number_cipher, id_number_digest, id_number_masked, "
                        + "id_last4, created_at, version) values (?, ?, '张三', 'x', ?, '****', '0000', current_timestamp, 0)")
                .params(workerId, companyId, companyId.toString()).update();
        jdbc.sql("insert into device (id, company_id, site_id, code, kind, secret, created_at) "
                        + "values (?, ?, ?, ?, 'GAS_DETECTOR', 'x', current_timestamp)")
                .params(deviceId, companyId, siteId, code).update();
        user(Role.WORK_LEADER, userId);
    }

    UUID user(Role role) {
        return user(role, UUID.randomUUID());
    }

    private UUID user(Role role, UUID id) {
        jdbc.sql("insert into app_user (id, username, password_hash, display_name, company_id, enabled, created_at, "
                        + "version) values (?, ?, 'x', '用户', ?, true, current_timestamp, 0)")
                .params(id, "br-" + id, companyId).update();
        jdbc.sql("insert into app_user_role (app_user, role) values (?, ?)").params(id, role.name()).update();
        return id;
    }

    void permit(String type, String status, String start, String end) {
        permits++;
        jdbc.sql("""
                        insert into work_permit (id, company_id, number, work_type, status, site_id, location, content,
                        planned_start, planned_end, leader_id, guardian_id, applicant_id, expedite, created_at, version)
                        values (?, ?, ?, ?, ?, ?, '罐区', '检修', ?, ?, ?, ?, ?, false, current_timestamp, 0)""")
                .params(UUID.randomUUID(), companyId, "BR-" + permits, type, status, siteId, at(start), at(end),
                        workerId, workerId, userId).update();
    }

    void alarm(String raisedAt) {
        jdbc.sql("""
                        insert into alarm (id, company_id, site_id, device_id, device_code, metric, level, raised_at, status)
                        values (?, ?, ?, ?, ?, 'LEL', 'LEVEL_1', ?, 'RESOLVED')""")
                .params(UUID.randomUUID(), companyId, siteId, deviceId, code, at(raisedAt)).update();
    }

    void violation(String at) {
        jdbc.sql("""
                        insert into worker_violation (id, worker_id, company_id, kind, sanction, at, recorded_by)
                        values (?, ?, ?, 'NO_HELMET', 'WARNING', ?, ?)""")
                .params(UUID.randomUUID(), workerId, companyId, at(at), userId).update();
    }

    void certificate(String expiresOn, boolean revoked) {
        jdbc.sql("""
                        insert into certificate (id, company_id, worker_id, regime, item_code, item_name, number_cipher,
                        number_masked, issued_on, expires_on, revoked_at, created_at, version)
                        values (?, ?, ?, 'SPECIAL_OPERATION', 'G1', '焊接', 'x', '****', ?, ?, ?, current_timestamp, 0)""")
                .params(UUID.randomUUID(), companyId, workerId, Date.valueOf("2020-01-01"),
                        Date.valueOf(LocalDate.parse(expiresOn)), revoked ? Timestamp.from(Instant.now()) : null)
                .update();
    }

    void hazard(String reportedAt) {
        jdbc.sql("""
                        insert into hazard (id, company_id, site_id, description, status, reported_by, reported_at)
                        values (?, ?, ?, '脚手架缺扣件', 'REPORTED', ?, ?)""")
                .params(UUID.randomUUID(), companyId, siteId, userId, at(reportedAt)).update();
    }

    void wecomRobot() {
        jdbc.sql("insert into notification_channel (company_id, wecom_url, updated_at) values (?, ?, current_timestamp)")
                .params(companyId, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test").update();
    }

    private static Timestamp at(String offsetDateTime) {
        return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}
