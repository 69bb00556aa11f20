package cn.anzuo.permit.weather.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The observations of each site, appended only (an observation is evidence: never edited). */
@Repository
class WeatherObservationStore {

    private static final String COLUMNS = "id, company_id, site_id, observed_at, temperature_c, wind_scale, source, "
            + "recorded_by, recorded_at";

    private final JdbcClient jdbc;

    WeatherObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WeatherObservation insert(WeatherObservation o) {
        jdbc.sql("insert into weather_observation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(o.id(), o.companyId(), o.siteId(), Timestamp.from(o.observedAt()), o.temperatureC(),
                        o.windScale(), o.source(), o.recordedBy(), Timestamp.from(o.recordedAt()))
                .update();
        return o;
    }

    /**
     * The site's newest observation taken at or before {@code notAfter}. The order leads with {@code site_id}, fixed by
     * the condition: H2 reads the index in order and stops after the first entries only when the ORDER BY starts with
     * the index's first column (ADR 0088); ordered by the time alone it read the site's whole history before the
     * moment for every lookup, a year of half-hourly readings 17,520 entries (docs/benchmarks.md, twelfth look).
     */
    Optional<WeatherObservation> latest(UUID siteId, Instant notAfter) {
        return jdbc.sql("select " + COLUMNS + " from weather_observation where site_id = ? and observed_at <= ? "
                        + "order by site_id desc, observed_at desc, recorded_at desc limit 1")
                .params(siteId, Timestamp.from(notAfter))
                .query(WeatherObservationStore::row).optional();
    }

    /** The site's observations taken in [from, to), oldest first. */
    List<WeatherObservation> between(UUID siteId, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from weather_observation where site_id = ? and observed_at >= ? "
                        + "and observed_at < ? order by observed_at")
                .params(siteId, Timestamp.from(from), Timestamp.from(to))
                .query(WeatherObservationStore::row).list();
    }

    /**
     * The observations of these sites taken in [from, to]. The sites are joined, not listed with {@code in (…)}: H2
     * reads an IN list through the index's first column only and would filter the span afterwards (as the KPI facts).
     */
    List<WeatherObservation> during(Collection<UUID> siteIds, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from unnest(cast(:sites as uuid array)) as wanted(site) "
                        + "join weather_observation on site_id = wanted.site where observed_at >= :from and observed_at <= :to")
                .param("sites", siteIds.toArray(UUID[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(WeatherObservationStore::row).list();
    }

    private static WeatherObservation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new WeatherObservation(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getObject("site_id", UUID.class), rs.getTimestamp("observed_at").toInstant(),
                rs.getBigDecimal("temperature_c"), rs.getInt("wind_scale"), rs.getString("source"),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }
}
