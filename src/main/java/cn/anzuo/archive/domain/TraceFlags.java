package cn.anzuo.archive.domain;

import cn.anzuo.permit.PermitFlagSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flags read from a permit's trace (API.md "Flags"): {@code APPROVED_IN_SECONDS} — an approval step decided
 * less than 30 s after the submission or the previous step; {@code GAS_TEST_BACKFILLED} — a gas analysis
 * recorded more than 15 min after its sampling; {@code LATE_CHECK_IN} — someone checked in after the work
 * had started. {@code SAME_DEVICE_CHECK_INS} needs the check-in's device, which the permit's events do not
 * carry yet (not computed).
 */
@Component
class TraceFlags implements PermitFlagSource {

    static final Duration APPROVAL_MIN = Duration.ofSeconds(30);
    static final Duration BACKFILL_MAX = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    TraceFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String type, Instant at, String data) {}

    @Override
    public List<String> flagsOf(UUID permitId) {
        List<Row> rows = jdbc.sql("select type, at, data from permit_trace where permit_id = ? order by seq")
                .param(permitId)
                .query((rs, n) -> new Row(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3))).list();
        TreeSet<String> flags = new TreeSet<>();
        Instant previousDecision = null;
        boolean started = false;
        for (Row row : rows) {
            switch (row.type()) {
                case "SUBMITTED" -> previousDecision = row.at();
                case "APPROVED" -> {
                    if (previousDecision != null && Duration.between(previousDecision, row.at()).compareTo(APPROVAL_MIN) < 0) {
                        flags.add("APPROVED_IN_SECONDS");
                    }
                    previousDecision = row.at();
                }
                case "GAS_TEST" -> {
                    Instant sampled = sampledAt(row.data());
                    if (sampled != null && Duration.between(sampled, row.at()).compareTo(BACKFILL_MAX) > 0) {
                        flags.add("GAS_TEST_BACKFILLED");
                    }
                }
                case "STARTED" -> started = true;
                case "CHECKED_IN" -> {
                    if (started) {
                        flags.add("LATE_CHECK_IN");
                    }
                }
                default -> { }
            }
        }
        return new ArrayList<>(flags);
    }

    private static Instant sampledAt(String canonicalData) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"sampledAt\":\"([^\"]+)\"").matcher(canonicalData);
        return m.find() ? Instant.parse(m.group(1)) : null;
    }
}
