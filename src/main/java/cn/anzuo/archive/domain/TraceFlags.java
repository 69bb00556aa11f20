package cn.anzuo.archive.domain;

import cn.anzuo.permit.PermitFlagSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flags read from the permits' traces (API.md "Flags", rules in {@link TraceFlagRules}): for one permit (its
 * JSON's {@code flags}) and for a whole company (the auditor's list of flagged permits). Read from the trace,
 * not from the permit's tables, so a flag rests on the same records the hash chain vouches for.
 */
@Component
public class TraceFlags implements PermitFlagSource {

    /** Only these events feed a rule; the others are not even read. */
    private static final String RULE_TYPES = "'SUBMITTED', 'APPROVED', 'GAS_TEST', 'STARTED', 'CHECKED_IN'";
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TraceFlags(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A permit with at least one flag; {@code since} is the time of its first event (newest first in lists). */
    public record Flagged(UUID permitId, Instant since, List<TraceFlag> flags) {}

    private record Row(UUID permitId, TraceFlagRules.Step step) {}

    @Override
    @Transactional(readOnly = true)
    public List<String> flagsOf(UUID permitId) {
        List<TraceFlagRules.Step> steps = jdbc.sql("select permit_id, type, at, data from permit_trace where permit_id = ? and type in ("
                        + RULE_TYPES + ") order by seq")
                .param(permitId).query((rs, n) -> row(rs).step()).list();
        return TraceFlagRules.flags(steps).stream().map(Enum::name).toList();
    }

    /** The company's flagged permits, each with its flags, newest first; only those carrying {@code only} when given. */
    @Transactional(readOnly = true)
    public List<Flagged> flagged(UUID companyId, TraceFlag only) {
        Map<UUID, List<TraceFlagRules.Step>> byPermit = new LinkedHashMap<>();
        jdbc.sql("select permit_id, type, at, data from permit_trace where company_id = ? and type in (" + RULE_TYPES
                        + ") order by permit_id, seq")
                .param(companyId).query((rs, n) -> row(rs)).list()
                .forEach(r -> byPermit.computeIfAbsent(r.permitId(), p -> new ArrayList<>()).add(r.step()));
        List<Flagged> flagged = new ArrayList<>();
        byPermit.forEach((permitId, steps) -> {
            Set<TraceFlag> flags = TraceFlagRules.flags(steps);
            if (!flags.isEmpty() && (only == null || flags.contains(only))) {
                flagged.add(new Flagged(permitId, steps.getFirst().at(), List.copyOf(flags)));
            }
        });
        flagged.sort(Comparator.comparing(Flagged::since).reversed().thenComparing(Flagged::permitId));
        return flagged;
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), new TraceFlagRules.Step(rs.getString(2), Instant.parse(rs.getString(3)),
                json.readValue(rs.getString(4), DATA)));
    }
}
