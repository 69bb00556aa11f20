package cn.anzuo.monitoring.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each company's thresholds, read on every reading: cached, and re-read after a short while so that a
 * change made on another node applies within seconds.
 */
@Component
public class ThresholdSettings {

    static final Duration CACHE_FOR = Duration.ofSeconds(10);

    private record Cached(Thresholds thresholds, Instant until) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    ThresholdSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Thresholds of(UUID companyId) {
        Instant now = Instant.now();
        Cached cached = cache.get(companyId);
        if (cached == null || cached.until().isBefore(now)) {
            cached = new Cached(load(companyId), now.plus(CACHE_FOR));
            cache.put(companyId, cached);
        }
        return cached.thresholds();
    }

    private Thresholds load(UUID companyId) {
        return jdbc.sql("""
                        select lel_level1, lel_level2, h2s_level1, h2s_level2, co_level1, co_level2, o2_low, o2_high
                        from alarm_threshold where company_id = ?""")
                .param(companyId)
                .query((rs, n) -> new Thresholds(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)))
                .optional()
                .orElse(Thresholds.GB_T_50493);
    }

    @Transactional
    public Thresholds change(UUID companyId, Thresholds thresholds, UUID by) {
        thresholds.validated();
        int updated = jdbc.sql("""
                        update alarm_threshold set lel_level1 = ?, lel_level2 = ?, h2s_level1 = ?, h2s_level2 = ?,
                        co_level1 = ?, co_level2 = ?, o2_low = ?, o2_high = ?, updated_at = ?, updated_by = ?
                        where company_id = ?""")
                .params(thresholds.lelLevel1(), thresholds.lelLevel2(), thresholds.h2sLevel1(), thresholds.h2sLevel2(),
                        thresholds.coLevel1(), thresholds.coLevel2(), thresholds.o2Low(), thresholds.o2High(),
                        java.sql.Timestamp.from(clock.instant()), by, companyId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into alarm_threshold (lel_level1, lel_level2, h2s_level1, h2s_level2, co_level1,
                            co_level2, o2_low, o2_high, updated_at, updated_by, company_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(thresholds.lelLevel1(), thresholds.lelLevel2(), thresholds.h2sLevel1(),
                            thresholds.h2sLevel2(), thresholds.coLevel1(), thresholds.coLevel2(), thresholds.o2Low(),
                            thresholds.o2High(), java.sql.Timestamp.from(clock.instant()), by, companyId)
                    .update();
        }
        cache.remove(companyId);
        return thresholds;
    }
}
