package cn.anzuo.permit.onsite;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Geo;
import cn.anzuo.permit.onsite.domain.GasRules;
import cn.anzuo.permit.onsite.domain.GasTable;
import cn.anzuo.permit.onsite.domain.OnSiteProblems;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.WorkType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-site module's facade: it verifies and records presence (check-ins), gas analyses and
 * headcounts for a permit, and answers what was recorded. What a permit may do with that evidence
 * is the permit module's decision.
 */
@Service
@Transactional
public class OnSite {

    /** GPS fixes worse than this are refused: they cannot tell inside from outside a geofence. */
    public static final double WORST_ACCURACY_METERS = 100;
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;
    private final GasTable gases;
    private final JsonMapper json;
    private final Clock clock;

    OnSite(JdbcClient jdbc, Checkpoints checkpoints, GasTable gases, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.gases = gases;
        this.json = json;
        this.clock = clock;
    }

    /** @param device the fingerprint of the phone or client checked in from, or null (ADR 0064) */
    public record CheckIn(UUID permitId, SiteView site, UUID workerId, UUID userId, ProofMethod method,
            String checkpointCode, String proof, double latitude, double longitude, double accuracyMeters,
            String device) {}

    /** Location first (a refused fix must not burn a one-time code), then the proof, then the record. */
    public CheckInRecord checkIn(CheckIn c) {
        Instant now = clock.instant();
        if (c.accuracyMeters() > WORST_ACCURACY_METERS) {
            throw OnSiteProblems.locationInaccurate(c.accuracyMeters());
        }
        double distance = Geo.distanceMeters(c.site().latitude(), c.site().longitude(), c.latitude(), c.longitude());
        if (distance > c.site().radiusMeters()) {
            throw OnSiteProblems.outsideGeofence(distance, c.site().radiusMeters());
        }
        // a passkey check-in proves the person (verified before); the place is the geofence alone
        UUID checkpointId = c.method() == ProofMethod.PASSKEY ? null
                : checkpoints.verifyProof(c.site().id(), c.method(), c.checkpointCode(), c.proof(), c.workerId(), now);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into check_in (id, permit_id, worker_id, user_id, method, checkpoint_id, checked_in_at,
                                              latitude, longitude, accuracy_meters, distance_meters, client_device)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.permitId(), c.workerId(), c.userId(), c.method().name(), checkpointId, Timestamp.from(now),
                        c.latitude(), c.longitude(), c.accuracyMeters(), distance, c.device())
                .update();
        return new CheckInRecord(id, c.permitId(), c.workerId(), c.method(), now, Math.round(distance * 10) / 10.0, true);
    }

    @Transactional(readOnly = true)
    public List<CheckInRecord> checkIns(UUID permitId) {
        return checkInsOf(List.of(permitId)).getOrDefault(permitId, List.of());
    }

    /** The check-ins of these permits, each permit's oldest first, in one query (a site board's live permits). */
    @Transactional(readOnly = true)
    public Map<UUID, List<CheckInRecord>> checkInsOf(Collection<UUID> permitIds) {
        if (permitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, permit_id, worker_id, method, checked_in_at, distance_meters from check_in
                        where permit_id in (:permits) order by checked_in_at, id""")
                .param("permits", permitIds)
                .query((rs, n) -> new CheckInRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), ProofMethod.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getDouble(6), true))
                .list().stream()
                .collect(Collectors.groupingBy(CheckInRecord::permitId, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public Set<UUID> checkedIn(UUID permitId) {
        Set<UUID> workers = new LinkedHashSet<>();
        checkIns(permitId).forEach(c -> workers.add(c.workerId()));
        return workers;
    }

    /** A face terminal's event within this long of a location proof confirms who gave it (API.md, policy FACE). */
    public static final Duration FACE_CONFIRMS_WITHIN = Duration.ofMinutes(10);

    /**
     * Who counts as present under the company's identity rule: under {@code FACE}, a worker checked in by a
     * face terminal, or by a location proof with an accepted face event at the site within 10 minutes of it.
     */
    @Transactional(readOnly = true)
    public Set<UUID> present(UUID permitId, UUID siteId, cn.anzuo.organization.CheckInIdentity identity) {
        if (identity != cn.anzuo.organization.CheckInIdentity.FACE) {
            return checkedIn(permitId);
        }
        Set<UUID> workers = new LinkedHashSet<>();
        for (CheckInRecord c : checkIns(permitId)) {
            if (c.method() == ProofMethod.FACE || faceEventNear(siteId, c.workerId(), c.at())) {
                workers.add(c.workerId());
            }
        }
        return workers;
    }

    private boolean faceEventNear(UUID siteId, UUID workerId, Instant at) {
        return jdbc.sql("""
                        select count(*) from face_event where site_id = ? and worker_id = ? and accepted = true
                        and occurred_at between ? and ?""")
                .params(siteId, workerId, Timestamp.from(at.minus(FACE_CONFIRMS_WITHIN)),
                        Timestamp.from(at.plus(FACE_CONFIRMS_WITHIN)))
                .query(Long.class).single() > 0;
    }

    /** A face terminal's event, accepted or refused, kept for audit. */
    public void recordFaceEvent(UUID companyId, UUID siteId, UUID deviceId, UUID workerId, Instant occurredAt,
            double similarity, boolean liveness, String refusal) {
        jdbc.sql("""
                        insert into face_event (id, company_id, site_id, device_id, worker_id, occurred_at, similarity,
                                                liveness, accepted, refusal, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), companyId, siteId, deviceId, workerId, Timestamp.from(occurredAt), similarity,
                        liveness, refusal == null, refusal, Timestamp.from(clock.instant()))
                .update();
    }

    /** A check-in by a face terminal at the site: no phone, so the site's centre stands for the place. */
    public CheckInRecord checkInByFace(UUID permitId, SiteView site, UUID workerId, UUID deviceId) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into check_in (id, permit_id, worker_id, user_id, method, checkpoint_id, checked_in_at,
                                              latitude, longitude, accuracy_meters, distance_meters, device_id)
                        values (?, ?, ?, null, 'FACE', null, ?, ?, ?, 0, 0, ?)""")
                .params(id, permitId, workerId, Timestamp.from(now), site.latitude(), site.longitude(), deviceId)
                .update();
        return new CheckInRecord(id, permitId, workerId, ProofMethod.FACE, now, 0, true);
    }

    /** The guardian's last reported position for a permit. */
    public record Presence(Instant at, double distanceMeters, boolean inside) {}

    public Presence reportPresence(UUID permitId, SiteView site, double latitude, double longitude, double accuracy) {
        if (accuracy > WORST_ACCURACY_METERS) {
            throw OnSiteProblems.locationInaccurate(accuracy);
        }
        Instant now = clock.instant();
        double distance = Geo.distanceMeters(site.latitude(), site.longitude(), latitude, longitude);
        Presence presence = new Presence(now, Math.round(distance * 10) / 10.0, distance <= site.radiusMeters());
        int updated = jdbc.sql("""
                        update guardian_presence set reported_at = ?, latitude = ?, longitude = ?, accuracy_meters = ?,
                        distance_meters = ?, inside = ? where permit_id = ?""")
                .params(Timestamp.from(now), latitude, longitude, accuracy, distance, presence.inside(), permitId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into guardian_presence (permit_id, reported_at, latitude, longitude, accuracy_meters,
                                                           distance_meters, inside) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(permitId, Timestamp.from(now), latitude, longitude, accuracy, distance, presence.inside())
                    .update();
        }
        return presence;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Presence> presence(UUID permitId) {
        return jdbc.sql("select reported_at, distance_meters, inside from guardian_presence where permit_id = ?")
                .param(permitId)
                .query((rs, n) -> new Presence(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getBoolean(3)))
                .optional();
    }

    public record RecordGasTest(UUID permitId, WorkType type, boolean oxygenEnriched, Instant sampledAt,
            String samplePoint, UUID analystId, UUID recordedBy, List<GasReading> readings) {}

    public GasTestView recordGasTest(RecordGasTest t) {
        Instant now = clock.instant();
        if (t.sampledAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw OnSiteProblems.sampledInFuture();
        }
        List<GasFailure> failures = GasRules.evaluate(t.readings(), t.type(), t.oxygenEnriched(), gases.byCode());
        GasTestView test = new GasTestView(UUID.randomUUID(), t.permitId(), t.sampledAt(), t.samplePoint(), t.analystId(),
                failures.isEmpty(), t.readings(), failures, now);
        jdbc.sql("""
                        insert into gas_test (id, permit_id, sampled_at, sample_point, analyst_id, recorded_by, passed,
                                              readings, failures, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(test.id(), t.permitId(), Timestamp.from(t.sampledAt()), t.samplePoint(), t.analystId(),
                        t.recordedBy(), test.passed(), json.writeValueAsString(t.readings()),
                        json.writeValueAsString(failures), Timestamp.from(now))
                .update();
        return test;
    }

    /** A permit's gas analyses, oldest first. */
    @Transactional(readOnly = true)
    public List<GasTestView> gasTests(UUID permitId) {
        return gasTestsOf(List.of(permitId)).getOrDefault(permitId, List.of());
    }

    /** The gas analyses of these permits, each permit's oldest first, in one query (the analysts' list). */
    @Transactional(readOnly = true)
    public Map<UUID, List<GasTestView>> gasTestsOf(Collection<UUID> permitIds) {
        if (permitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, permit_id, sampled_at, sample_point, analyst_id, passed, readings, failures, recorded_at
                        from gas_test where permit_id in (:permits) order by sampled_at, recorded_at, id""")
                .param("permits", permitIds)
                .query((rs, n) -> new GasTestView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getObject(5, UUID.class), rs.getBoolean(6),
                        json.readValue(rs.getString(7), new TypeReference<List<GasReading>>() {}),
                        json.readValue(rs.getString(8), new TypeReference<List<GasFailure>>() {}),
                        rs.getTimestamp(9).toInstant()))
                .list().stream()
                .collect(Collectors.groupingBy(GasTestView::permitId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The gas table for pick lists: code, Chinese name, and whether %LEL applies (combustibles). */
    @Transactional(readOnly = true)
    public List<GasOption> gases() {
        return gases.byCode().values().stream()
                .sorted(java.util.Comparator.comparing((cn.anzuo.permit.onsite.domain.Gas g) -> g.kind()).thenComparing(
                        cn.anzuo.permit.onsite.domain.Gas::code))
                .map(g -> new GasOption(g.code(), g.nameZh(), g.kind() == cn.anzuo.permit.onsite.domain.Gas.Kind.COMBUSTIBLE))
                .toList();
    }

    public enum Direction { IN, OUT }

    /** People and tools counted into and out of a confined space (GB 30871 6.8). */
    public record Headcount(int personsIn, int personsOut, int toolsIn, int toolsOut) {
        public boolean balanced() {
            return personsIn == personsOut && toolsIn == toolsOut;
        }

        public int personsInside() {
            return personsIn - personsOut;
        }
    }

    public Headcount recordHeadcount(UUID permitId, Direction direction, int persons, int tools, UUID by) {
        jdbc.sql("""
                        insert into headcount (id, permit_id, direction, persons, tools, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), permitId, direction.name(), persons, tools, by, Timestamp.from(clock.instant()))
                .update();
        return headcount(permitId);
    }

    @Transactional(readOnly = true)
    public Headcount headcount(UUID permitId) {
        return jdbc.sql("""
                        select coalesce(sum(case when direction = 'IN' then persons else 0 end), 0),
                               coalesce(sum(case when direction = 'OUT' then persons else 0 end), 0),
                               coalesce(sum(case when direction = 'IN' then tools else 0 end), 0),
                               coalesce(sum(case when direction = 'OUT' then tools else 0 end), 0)
                        from headcount where permit_id = ?""")
                .param(permitId)
                .query((rs, n) -> new Headcount(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }
}
