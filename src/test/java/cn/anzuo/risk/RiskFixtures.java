package cn.anzuo.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company with two sites and eight workers whose history is written row by row into the owning modules'
 * tables (closed permits with their acts, alarms, violations, spot checks), so a test knows what the risk module
 * should read from it.
 */
final class RiskFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final JdbcClient jdbc;
    final UUID companyId = UUID.randomUUID();
    final UUID siteA = UUID.randomUUID();
    final UUID siteB = UUID.randomUUID();
    final UUID userId = UUID.randomUUID();
    final List<UUID> workers = new ArrayList<>();
    private final String code = "RK" + companyId.toString().substring(0, 8).toUpperCase();
    private int permits;

    RiskFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("insert into company (id, code, name, time_zone, expiry_reminder_days, created_at, version) "
                        + "values (?, ?, '风控测试', ?, 15, current_timestamp, 0)")
                .params(companyId, code, ZONE.getId()).update();
        for (UUID site : List.of(siteA, siteB)) {
            jdbc.sql("insert into site (id, company_id, code, name, latitude, longitude, radius_meters, hazard_area, "
                            + "created_at, version) values (?, ?, ?, '罐区', 32.26, 118.79, 200, true, current_timestamp, 0)")
                    .params(site, companyId, site.equals(siteA) ? "A" : "B").update();
            jdbc.sql("insert into device (id, company_id, site_id, code, kind, secret, created_at) "
                            + "values (?, ?, ?, ?, 'GAS_DETECTOR', 'x', current_timestamp)")
                    .params(site, companyId, site, code + (site.equals(siteA) ? "A" : "B")).update();
        }
        for (int i = 0; i < 8; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into worker (id, company_id, name, id_number_cipher, id_number_digest, id_number_masked, "
                            + "id_last4, created_at, version) values (?, ?, ?, 'x', ?, '****', '0000', current_timestamp, 0)")
                    .params(id, companyId, "工人" + i, id.toString()).update();
            workers.add(id);
        }
        jdbc.sql("insert into app_user (id, username, password_hash, display_name, company_id, enabled, created_at, "
                        + "version) values (?, ?, 'x', '用户', ?, true, current_timestamp, 0)")
                .params(userId, "rk-" + userId, companyId).update();
    }

    /** A permit started at {@code start} (company time), completed {@code hours} later and closed an hour after. */
    UUID closedPermit(String type, String level, UUID site, LocalDateTime start, int hours, UUID leader, UUID worker) {
        UUID id = UUID.randomUUID();
        Instant from = start.atZone(ZONE).toInstant();
        Instant to = from.plus(hours, ChronoUnit.HOURS);
        jdbc.sql("""
                        insert into work_permit (id, company_id, number, work_type, level, status, site_id, location, content,
                        planned_start, planned_end, leader_id, guardian_id, applicant_id, expedite, created_at, version)
                        values (?, ?, ?, ?, ?, 'CLOSED', ?, '罐区', '检修', ?, ?, ?, ?, ?, false, ?, 0)""")
                .params(id, companyId, code + "-" + (++permits), type, level, site, Timestamp.from(from), Timestamp.from(to),
                        leader, workers.getLast(), userId, Timestamp.from(from.minus(1, ChronoUnit.DAYS))).update();
        jdbc.sql("insert into permit_worker (work_permit, worker_id, seq, planned_start) values (?, ?, 0, ?)")
                .params(id, worker, Timestamp.from(from)).update();
        act(id, 1, from, "START", "APPROVED", "ACTIVE");
        act(id, 2, to, "COMPLETE", "ACTIVE", "COMPLETED");
        act(id, 3, to.plus(1, ChronoUnit.HOURS), "ACCEPT", "COMPLETED", "CLOSED");
        return id;
    }

    private void act(UUID permit, int seq, Instant at, String action, String from, String to) {
        jdbc.sql("""
                        insert into permit_transition (work_permit, seq, occurred_at, action, from_status, to_status, actor_system)
                        values (?, ?, ?, ?, ?, ?, 'TEST')""")
                .params(permit, seq, Timestamp.from(at), action, from, to).update();
    }

    void alarm(UUID site, LocalDateTime at) {
        jdbc.sql("""
                        insert into alarm (id, company_id, site_id, device_id, device_code, metric, level, raised_at, status)
                        values (?, ?, ?, ?, ?, 'LEL', 'LEVEL_1', ?, 'RESOLVED')""")
                .params(UUID.randomUUID(), companyId, site, site, code + (site.equals(siteA) ? "A" : "B"),
                        Timestamp.from(at.atZone(ZONE).toInstant())).update();
    }

    /** A weather observation taken at {@code at} (company time) and recorded {@code recordedLater} after it. */
    void weather(UUID site, LocalDateTime at, double temperatureC, int windScale, int recordedLaterMinutes) {
        Instant observed = at.atZone(ZONE).toInstant();
        jdbc.sql("insert into weather_observation (id, company_id, site_id, observed_at, temperature_c, wind_scale, source, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, 'MANUAL', ?)")
                .params(UUID.randomUUID(), companyId, site, Timestamp.from(observed), temperatureC, windScale,
                        Timestamp.from(observed.plus(recordedLaterMinutes, ChronoUnit.MINUTES))).update();
    }

    void violation(UUID permit) {
        jdbc.sql("""
                        insert into worker_violation (id, worker_id, company_id, permit_id, kind, sanction, at, recorded_by)
                        values (?, ?, ?, ?, 'NO_HELMET', 'WARNING', current_timestamp, ?)""")
                .params(UUID.randomUUID(), workers.getFirst(), companyId, permit, userId).update();
    }

    void failedSpotCheck(UUID permit) {
        UUID check = UUID.randomUUID();
        jdbc.sql("""
                        insert into spot_check (id, company_id, period, population, drawn_at, drawn_by)
                        values (?, ?, '2026-10', 1, current_timestamp, ?)""")
                .params(check, companyId, userId).update();
        jdbc.sql("insert into spot_check_item (spot_check_id, permit_id, draw_order, result) values (?, ?, 1, 'FAIL')")
                .params(check, permit).update();
    }
}
