package cn.anzuo.archive.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain of each permit (API.md): {@code hash} = lowercase hex SHA-256 of the UTF-8 bytes of
 * {@code prevHash + "\n" + JCS(event without "hash")}, {@code prevHash} of seq 1 being 64 zeros. Appends
 * join the caller's transaction (they must commit or roll back with the change they record); the head row
 * is locked while appending so that two changes of one permit queue up instead of forking the chain.
 */
@Service
public class TraceChain {

    public static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    TraceChain(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Appends one event to the permit's chain, in the current transaction (one is required). */
    @Transactional(propagation = Propagation.MANDATORY)
    public TraceEvent append(UUID permitId, UUID companyId, String type, Instant at, String actor,
            Map<String, Object> data) {
        Optional<Head> head = jdbc.sql("select last_seq, last_hash from permit_trace_head where permit_id = ? for update")
                .param(permitId).query((rs, n) -> new Head(rs.getInt(1), rs.getString(2))).optional();
        int seq = head.map(h -> h.seq() + 1).orElse(1);
        String prevHash = head.map(Head::hash).orElse(GENESIS);
        Map<String, Object> clean = new TreeMap<>();
        data.forEach((k, v) -> {
            if (v != null) {
                clean.put(k, v instanceof UUID || v instanceof Instant || v instanceof Enum<?> ? v.toString() : v);
            }
        });
        String atText = at.truncatedTo(ChronoUnit.MILLIS).toString();
        String hash = hash(seq, atText, type, actor, clean, prevHash);
        jdbc.sql("""
                insert into permit_trace (permit_id, seq, company_id, at, type, actor, data, prev_hash, hash, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(permitId, seq, companyId, atText, type, actor, Jcs.canonicalize(clean), prevHash, hash,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        if (head.isPresent()) {
            jdbc.sql("update permit_trace_head set last_seq = ?, last_hash = ? where permit_id = ?")
                    .params(seq, hash, permitId).update();
        } else {
            jdbc.sql("insert into permit_trace_head (permit_id, company_id, last_seq, last_hash) values (?, ?, ?, ?)")
                    .params(permitId, companyId, seq, hash).update();
        }
        return new TraceEvent(seq, atText, type, actor, clean, hash, prevHash);
    }

    /** The permit's trace as stored, and whether every stored event is still the one that was appended. */
    @Transactional(readOnly = true)
    public Trace read(UUID permitId) {
        List<TraceEvent> events = jdbc.sql("""
                select seq, at, type, actor, data, hash, prev_hash from permit_trace where permit_id = ? order by seq""")
                .param(permitId)
                .query((rs, n) -> new TraceEvent(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        parse(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
        Optional<Head> head = jdbc.sql("select last_seq, last_hash from permit_trace_head where permit_id = ?")
                .param(permitId).query((rs, n) -> new Head(rs.getInt(1), rs.getString(2))).optional();
        return new Trace(permitId, events, valid(events, head));
    }

    /** Checks the chain of every permit of the company: how many were checked, and those broken. */
    @Transactional(readOnly = true)
    public Verification verifyCompany(UUID companyId) {
        List<UUID> permitIds = jdbc.sql("""
                select permit_id from permit_trace_head where company_id = ?
                union select permit_id from permit_trace where company_id = ?""")
                .params(companyId, companyId).query(UUID.class).list().stream().distinct().sorted().toList();
        List<UUID> broken = permitIds.stream().filter(id -> !read(id).chainValid()).toList();
        return new Verification(permitIds.size(), broken);
    }

    public record Verification(int permitsChecked, List<UUID> broken) {}

    private record Head(int seq, String hash) {}

    private boolean valid(List<TraceEvent> events, Optional<Head> head) {
        if (head.isEmpty()) {
            return events.isEmpty();
        }
        String prev = GENESIS;
        int expected = 1;
        for (TraceEvent e : events) {
            if (e.seq() != expected || !e.prevHash().equals(prev)
                    || !e.hash().equals(hash(e.seq(), e.at(), e.type(), e.actor(), e.data(), e.prevHash()))) {
                return false;
            }
            prev = e.hash();
            expected++;
        }
        return head.get().seq() == expected - 1 && head.get().hash().equals(prev);
    }

    /** The hash of an event, as any outside verifier computes it from the trace's JSON. */
    public static String hash(int seq, String at, String type, String actor, Map<String, Object> data, String prevHash) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("seq", seq);
        event.put("at", at);
        event.put("type", type);
        event.put("actor", actor);
        event.put("data", data);
        event.put("prevHash", prevHash);
        return sha256(prevHash + "\n" + Jcs.canonicalize(event));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (RuntimeException e) {
            return Map.of("unreadable", data);
        }
    }
}
