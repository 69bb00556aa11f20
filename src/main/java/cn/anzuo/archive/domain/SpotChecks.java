package cn.anzuo.archive.domain;

import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly spot checks: ⌈10 %⌉ of the company's permits closed that month (by their trace's {@code CLOSED}
 * event, company time), drawn by a random generator seeded with SHA-256 of company and month so anyone can
 * reproduce the draw; once per company and month. A {@code FAIL} records a violation for each named worker.
 */
@Service
public class SpotChecks {

    private final JdbcClient jdbc;
    private final Qualifications qualifications;
    private final Clock clock;

    SpotChecks(JdbcClient jdbc, Qualifications qualifications, Clock clock) {
        this.jdbc = jdbc;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    public record Item(UUID permitId, String result) {}

    public record SpotCheck(UUID id, UUID companyId, String month, int population, List<Item> items) {}

    /** The draw itself: the population sorted, shuffled with the seed, the first ⌈10 %⌉ kept (in drawn order). */
    public static List<UUID> draw(List<UUID> population, UUID companyId, YearMonth month) {
        List<UUID> sorted = new ArrayList<>(population.stream().distinct().sorted().toList());
        Collections.shuffle(sorted, new Random(seed(companyId, month)));
        return List.copyOf(sorted.subList(0, (sorted.size() + 9) / 10));
    }

    static long seed(UUID companyId, YearMonth month) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((companyId + "|" + month).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public SpotCheck create(UUID companyId, YearMonth month, ZoneId zone, UUID by) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<UUID> population = jdbc.sql("select permit_id, at from permit_trace where company_id = ? and type = 'CLOSED'")
                .param(companyId)
                .query((rs, n) -> {
                    Instant at = Instant.parse(rs.getString(2));
                    return !at.isBefore(from) && at.isBefore(to) ? rs.getObject(1, UUID.class) : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<UUID> drawn = draw(population, companyId, month);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into spot_check (id, company_id, period, population, drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?)")
                    .params(id, companyId, month.toString(), population.size(), Timestamp.from(clock.instant()), by).update();
        } catch (DuplicateKeyException e) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "SPOT_CHECK_EXISTS", "month", month.toString());
        }
        for (int i = 0; i < drawn.size(); i++) {
            jdbc.sql("insert into spot_check_item (spot_check_id, permit_id, draw_order) values (?, ?, ?)")
                    .params(id, drawn.get(i), i + 1).update();
        }
        return find(id);
    }

    /** The company's draw for the month, if it was made. */
    @Transactional(readOnly = true)
    public java.util.Optional<SpotCheck> forMonth(UUID companyId, YearMonth month) {
        return jdbc.sql("select id from spot_check where company_id = ? and period = ?")
                .params(companyId, month.toString()).query(UUID.class).optional().map(this::find);
    }

    /** The findings recorded for each decided permit of a spot check. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> findings(UUID id) {
        java.util.Map<UUID, String> findings = new java.util.HashMap<>();
        jdbc.sql("select permit_id, findings from spot_check_item where spot_check_id = ? and findings is not null")
                .param(id).query((rs, n) -> findings.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return findings;
    }

    @Transactional(readOnly = true)
    public SpotCheck find(UUID id) {
        return jdbc.sql("select company_id, period, population from spot_check where id = ?").param(id)
                .query((rs, n) -> new SpotCheck(id, rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), items(id)))
                .optional().orElseThrow(() -> new RecordNotFound("spot-check", id));
    }

    private List<Item> items(UUID id) {
        return jdbc.sql("select permit_id, result from spot_check_item where spot_check_id = ? order by draw_order")
                .param(id).query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    @Transactional
    public SpotCheck decide(UUID id, UUID permitId, String result, String findings, List<UUID> workerIds, UUID by) {
        if (!"PASS".equals(result) && !"FAIL".equals(result)) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "result");
        }
        int updated = jdbc.sql("""
                update spot_check_item set result = ?, findings = ?, decided_at = ?, decided_by = ?
                 where spot_check_id = ? and permit_id = ?""")
                .params(result, findings, Timestamp.from(clock.instant()), by, id, permitId).update();
        if (updated == 0) {
            throw new RecordNotFound("spot-check-item", id + "/" + permitId);
        }
        if ("FAIL".equals(result) && workerIds != null) {
            for (UUID worker : workerIds) {
                qualifications.recordViolation(worker, permitId, "SPOT_CHECK_FAIL", findings, by);
            }
        }
        return find(id);
    }
}
