package cn.anzuo.analytics.bulk;

import cn.anzuo.analytics.domain.KpiDefinitions;
import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a large group straight into the real tables with JDBC batches (issue 16 item 2, ADR 0079): a group company
 * with subsidiaries, two sites and a handful of accounts each, workers with one certificate each (ID and certificate
 * numbers through the app's own {@link PersonalDataCipher}), and permits spread over two years in every final state
 * and a few live ones, each with its crew, checklist, approval steps, acts ({@code permit_transition}), check-ins and,
 * for hot work and confined space, a gas analysis. It also writes the KPI daily facts those permits imply (the
 * listener's counts, computed here), so that a million permits need not be replayed by the rebuild to be read; the
 * benchmark times the real rebuild separately. Deterministic for a seed. Not part of the application: benchmark data.
 */
public final class BulkGenerator {

    /** How much to write: permits spread evenly over the subsidiaries and over {@code days} days up to yesterday. */
    public record Size(int companies, int workers, int permits, int days, boolean factsOnly) {
        public Size(int companies, int workers, int permits, int days) {
            this(companies, workers, permits, days, false);
        }

        /** The same size writing only the group, accounts, workers and the permits' facts, not the permits. */
        public Size withoutPermits() {
            return new Size(companies, workers, permits, days, true);
        }

        /** The proportions: 100 companies and 100,000 workers for 1,000,000 permits, scaled down. */
        public static Size of(int permits) {
            int companies = Math.max(1, Math.min(100, permits / 1_000));
            return new Size(companies, Math.max(companies * 10, permits / 10), permits, 730);
        }
    }

    /** What was written: the group, its subsidiaries, the accounts' password, rows and time. */
    public record Result(UUID groupId, String groupAdmin, List<UUID> companyIds, long rows, Duration took) {}

    static final String PASSWORD = "bulk-password";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 2_000;
    private static final String[] TYPES = {"HOT_WORK", "HOT_WORK", "HOT_WORK", "CONFINED_SPACE", "HEIGHT", "HEIGHT",
            "LIFTING", "TEMP_POWER", "BLIND_PLATE", "EXCAVATION", "ROAD_CLOSURE"};
    private static final Map<String, String> PREFIX = Map.of("HOT_WORK", "DH", "CONFINED_SPACE", "SX", "BLIND_PLATE",
            "MB", "HEIGHT", "GC", "LIFTING", "DZ", "TEMP_POWER", "LD", "EXCAVATION", "DT", "ROAD_CLOSURE", "DL");
    private static final String[] ITEMS = {"2.1", "2.2", "1.1", "3.1", "3.2", "Q1", "GUARDIAN"};
    private static final String APPROVER_ROLES = "UNIT_APPROVER,DEPT_APPROVER,SAFETY_OFFICER,PLANT_LEADER,POWER_SUPPLIER,SHIFT_LEADER";

    /** What a facts-only run leaves out: every row of the permits themselves. */
    private static final java.util.Set<String> PERMIT_TABLES = java.util.Set.of("work_permit", "permit_worker",
            "permit_measure", "approval_step", "permit_transition", "check_in", "gas_test");

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;
    private final String passwordHash;
    private final Instant now;
    private final SplittableRandom random;

    public BulkGenerator(DataSource dataSource, PersonalDataCipher cipher, String passwordHash, Instant now, long seed) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.passwordHash = passwordHash;
        this.now = now;
        this.random = new SplittableRandom(seed);
    }

    /** The group of {@code tag} if it is already there (a second run reuses it), else empty. */
    public static List<UUID> existing(DataSource dataSource, String tag) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id from company where parent_id = (select id from company where code = ?) order by code")) {
            s.setString(1, tag + "-G");
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    public Result generate(Size size, String tag) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Tables t = new Tables(c, size.factsOnly() ? PERMIT_TABLES : java.util.Set.of());
            Map<String, List<Step>> chains = chains(c);
            Map<String, List<String>> measures = measures(c);
            UUID group = company(t, tag + "-G", tag + " 集团", null);
            String groupAdmin = (tag + "-g-admin").toLowerCase();
            user(t, groupAdmin, "集团管理员", group, null, "GROUP_ADMIN");
            List<UUID> companies = new ArrayList<>();
            Facts facts = new Facts();
            LocalDate lastDay = LocalDate.ofInstant(now, ZONE).minusDays(1);
            for (int ci = 0; ci < size.companies(); ci++) {
                String code = "%s-%03d".formatted(tag, ci + 1);
                UUID company = company(t, code, "%s 分公司 %03d".formatted(tag, ci + 1), group);
                companies.add(company);
                UUID[] sites = {site(t, company, "S1", "一号装置区"), site(t, company, "S2", "罐区")};
                String prefix = code.toLowerCase();
                user(t, prefix + "-admin", "管理员 " + code, company, null, "COMPANY_ADMIN,AUDITOR");
                UUID approver = user(t, prefix + "-approver", "审批人 " + code, company, null, APPROVER_ROLES);
                int workerCount = size.workers() / size.companies();
                UUID[] workers = new UUID[workerCount];
                for (int w = 0; w < workerCount; w++) {
                    workers[w] = worker(t, company, (long) ci * 1_000_000 + w, lastDay);
                }
                UUID applicant = user(t, prefix + "-leader", "作业负责人 " + code, company, workers[0], "WORK_LEADER,WORKER");
                int permitCount = size.permits() / size.companies() + (ci < size.permits() % size.companies() ? 1 : 0);
                Map<String, Integer> numbers = new HashMap<>();
                for (int p = 0; p < permitCount; p++) {
                    LocalDate day = lastDay.minusDays((long) p * size.days() / Math.max(1, permitCount));
                    permit(t, facts, chains, measures, company, sites[p % 2], workers, applicant, approver, day,
                            lastDay, numbers);
                    if (t.pending >= BATCH * 4) {
                        t.flush();
                        c.commit();
                    }
                }
                facts.write(t);
                t.flush();
                c.commit();
            }
            t.close();
            return new Result(group, groupAdmin, companies, t.rows, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private UUID company(Tables t, String code, String name, UUID parent) throws SQLException {
        UUID id = uuid();
        t.add("company", id, code, name, parent, ZONE.getId(), ts(now.minus(Duration.ofDays(800))), 0L);
        return id;
    }

    private UUID site(Tables t, UUID company, String code, String name) throws SQLException {
        UUID id = uuid();
        t.add("site", id, company, code, name, 30.0 + random.nextDouble(), 120.0 + random.nextDouble(), 300, true,
                ts(now.minus(Duration.ofDays(800))), 0L);
        return id;
    }

    private UUID user(Tables t, String username, String name, UUID company, UUID worker, String roles) throws SQLException {
        UUID id = uuid();
        t.add("app_user", id, username, passwordHash, name, company, worker, true, ts(now.minus(Duration.ofDays(800))), 0L);
        for (String role : roles.split(",")) {
            t.add("app_user_role", id, role);
        }
        return id;
    }

    private UUID worker(Tables t, UUID company, long n, LocalDate lastDay) throws SQLException {
        UUID id = uuid();
        // Unique within a company: the day of birth and the sequence number carry n.
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(n % 12_000);
        String first17 = "320506" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted((n / 12_000) % 1000);
        String number = first17 + IdNumber.checkDigit(first17);
        t.add("worker", id, company, "工人" + n, cipher.encrypt(number), cipher.digest(number),
                number.substring(0, 6) + "********" + number.substring(14), number.substring(14),
                "13" + "%09d".formatted(n % 1_000_000_000L), ts(now.minus(Duration.ofDays(800))), 0L,
                cn.anzuo.shared.ChineseNameOrder.key("工人" + n));
        String item = ITEMS[(int) (n % ITEMS.length)];
        String certificateNumber = "T" + number;
        LocalDate issued = lastDay.minusDays(800 + n % 300);
        t.add("certificate", uuid(), company, id, "GUARDIAN".equals(item) ? "GUARDIAN"
                        : item.startsWith("Q") ? "SPECIAL_EQUIPMENT" : "SPECIAL_OPERATION", item,
                "GUARDIAN".equals(item) ? "特殊作业监护人" : "特种作业 " + item, cipher.encrypt(certificateNumber),
                IdNumber.maskWithin(certificateNumber), issued, issued.plusYears(6), ts(now.minus(Duration.ofDays(800))), 0L);
        return id;
    }

    /** One permit with its rows; the status follows from a draw, live states only on the last day. */
    private void permit(Tables t, Facts facts, Map<String, List<Step>> chains, Map<String, List<String>> measures,
            UUID company, UUID site, UUID[] workers, UUID applicant, UUID approver, LocalDate day, LocalDate lastDay,
            Map<String, Integer> numbers) throws SQLException {
        String type = TYPES[random.nextInt(TYPES.length)];
        String level = level(type);
        UUID id = uuid();
        Instant start = day.atTime(8 + random.nextInt(8), random.nextInt(4) * 15).atZone(ZONE).toInstant();
        Instant end = start.plus(Duration.ofHours(2 + random.nextInt(5)));
        Instant created = start.minus(Duration.ofMinutes(600 + random.nextInt(900)));
        LocalDate createdDay = LocalDate.ofInstant(created, ZONE);
        String prefix = PREFIX.get(type) + "-" + createdDay.format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = prefix + "-%04d".formatted(numbers.merge(company + prefix, 1, Integer::sum));
        int w = workers.length;
        int base = random.nextInt(w);
        UUID leader = workers[base];
        UUID guardian = workers[(base + 1) % w];
        List<UUID> crew = new ArrayList<>();
        for (int k = 2; k <= 3 && k < w; k++) {
            crew.add(workers[(base + k) % w]);
        }
        double draw = random.nextDouble();
        String outcome = day.equals(lastDay) && draw < 0.5
                ? new String[] {"PENDING_APPROVAL", "APPROVED", "ACTIVE", "COMPLETED"}[random.nextInt(4)]
                : draw < 0.05 ? "REJECTED" : draw < 0.08 ? "CANCELLED" : draw < 0.10 ? "VOIDED" : draw < 0.12 ? "EXPIRED" : "CLOSED";
        Acts acts = new Acts(t, id);
        acts.add(created, "SUBMIT", null, "PENDING_APPROVAL", applicant, null, null);
        // Approval steps: decided within hours of the submission, always before the planned start.
        List<Step> chain = chains.getOrDefault(type + ":" + (level == null ? "ANY" : level), List.of(new Step(1, "UNIT_APPROVER")));
        Instant decided = created;
        Instant finalDecision = null;
        String status = "PENDING_APPROVAL";
        int approvalMinutes = 0;
        for (Step step : chain) {
            Instant opened = decided;
            if ("PENDING_APPROVAL".equals(outcome)) {
                t.add("approval_step", id, step.seq(), step.role(), step.seq() == 1 ? "PENDING" : "WAITING",
                        step.seq() == 1 ? ts(opened) : null, null, null, null, null);
                continue;
            }
            if ("SKIPPED".equals(status)) {
                t.add("approval_step", id, step.seq(), step.role(), "SKIPPED", ts(opened), null, null, null, null);
                continue;
            }
            decided = decided.plus(Duration.ofMinutes(3 + random.nextInt(240)));
            boolean reject = "REJECTED".equals(outcome);
            t.add("approval_step", id, step.seq(), step.role(), reject ? "REJECTED" : "APPROVED", ts(opened), approver,
                    "审批人", ts(decided), reject ? "措施不全" : "同意");
            if (reject) {
                acts.add(decided, "REJECT", "PENDING_APPROVAL", "REJECTED", approver, null, "措施不全");
                status = "SKIPPED";
                finalDecision = decided;
            } else if (step == chain.get(chain.size() - 1)) {
                acts.add(decided, "APPROVE", "PENDING_APPROVAL", "APPROVED", approver, null, step.role());
                finalDecision = decided;
                approvalMinutes = (int) Duration.between(created, decided).toMinutes();
                facts.approved(company, decided, approvalMinutes);
                status = "APPROVED";
            } else {
                acts.add(decided, "APPROVE", "PENDING_APPROVAL", "PENDING_APPROVAL", approver, null, step.role());
            }
        }
        if ("REJECTED".equals(outcome)) {
            status = "REJECTED";
        } else if ("PENDING_APPROVAL".equals(outcome)) {
            status = "PENDING_APPROVAL";
        }
        boolean started = List.of("ACTIVE", "COMPLETED", "CLOSED", "EXPIRED").contains(outcome);
        Instant checkIn = started || "APPROVED".equals(outcome) ? start.minus(Duration.ofMinutes(10)) : null;
        Instant shiftCheck = null;
        Instant completed = null;
        Instant leaderAccepted = null;
        Instant guardianAccepted = null;
        Instant ended = null;
        String endCause = null;
        String endReason = null;
        if ("CANCELLED".equals(outcome)) {
            ended = finalDecision.plus(Duration.ofMinutes(30));
            acts.add(ended, "CANCEL", "APPROVED", "CANCELLED", applicant, null, "计划变更");
            status = "CANCELLED";
            endCause = "CANCELLED";
            endReason = "计划变更";
        } else if ("VOIDED".equals(outcome)) {
            ended = start.plus(Duration.ofMinutes(60));
            acts.add(ended, "VOID", "APPROVED", "VOIDED", null, "NO_CHECK_IN", null);
            status = "VOIDED";
            endCause = "NO_CHECK_IN";
        }
        boolean gasTested = "HOT_WORK".equals(type) || "CONFINED_SPACE".equals(type);
        if (checkIn != null) {
            for (UUID person : List.of(leader, guardian)) {
                t.add("check_in", uuid(), id, person, null, "QR", null, ts(checkIn), 30.0, 120.0, 8.0, 12.0);
            }
            if (gasTested) {
                t.add("gas_test", uuid(), id, ts(checkIn), "动火点", leader, approver, true,
                        "[{\"gas\":\"CH4\",\"value\":0.0,\"unit\":\"PCT_LEL\"},{\"gas\":\"O2\",\"value\":20.9,\"unit\":\"PCT_VOL\"}]",
                        "[]", ts(checkIn));
            }
            if ("HOT_WORK".equals(type)) {
                shiftCheck = checkIn.plus(Duration.ofMinutes(5));
                acts.add(shiftCheck, "SHIFT_CHECK", "APPROVED", "APPROVED", approver, null, null);
            }
        }
        List<String> items = measures.getOrDefault(type, List.of());
        if (started) {
            acts.add(start, "START", "APPROVED", "ACTIVE", applicant, null, null);
            status = "ACTIVE";
            facts.started(company, start, crew.size() + 2, items.size(), chain.size() > 0);
            if ("EXPIRED".equals(outcome)) {
                ended = end.plus(Duration.ofMinutes(1));
                acts.add(ended, "EXPIRE", "ACTIVE", "EXPIRED", null, "PLANNED_END_PASSED", null);
                status = "EXPIRED";
                endCause = "PLANNED_END_PASSED";
            } else if (!"ACTIVE".equals(outcome)) {
                completed = end.minus(Duration.ofMinutes(random.nextInt(60)));
                acts.add(completed, "COMPLETE", "ACTIVE", "COMPLETED", applicant, null, null);
                status = "COMPLETED";
                if ("CLOSED".equals(outcome)) {
                    leaderAccepted = completed.plus(Duration.ofMinutes(5));
                    guardianAccepted = leaderAccepted.plus(Duration.ofMinutes(5));
                    acts.add(leaderAccepted, "ACCEPT", "COMPLETED", "COMPLETED", applicant, null, "LEADER");
                    acts.add(guardianAccepted, "ACCEPT", "COMPLETED", "CLOSED", applicant, null, "GUARDIAN");
                    ended = guardianAccepted;
                    status = "CLOSED";
                    facts.closed(company, guardianAccepted);
                }
            }
        }
        t.add("work_permit", id, company, number, type, level, status, site, "第" + (1 + random.nextInt(40)) + "号设备",
                "检修作业 " + number, ts(start), ts(end), leader, guardian, applicant, "可燃气体", "立即撤离",
                "HEIGHT".equals(type) ? 6.5 : null, "LIFTING".equals(type) ? 12.0 : null, false,
                "REJECTED".equals(status) ? "措施不全" : null, ts(created), ts(finalDecision), (long) acts.seq,
                ts(checkIn), shiftCheck == null ? null : approver, ts(shiftCheck), started ? ts(start) : null, ts(completed),
                ts(leaderAccepted), ts(guardianAccepted), ts(ended), endReason, endCause);
        int seq = 1;
        for (UUID worker : crew) {
            t.add("permit_worker", id, worker, seq++, ts(start));
        }
        seq = 1;
        for (String item : items) {
            t.add("permit_measure", id, item, random.nextInt(5) != 0, seq++);
        }
        acts.flushInto(facts, company);
    }

    private String level(String type) {
        return switch (type) {
            case "HOT_WORK" -> random.nextInt(10) == 0 ? "LEVEL_1" : random.nextInt(50) == 0 ? "SPECIAL" : "LEVEL_2";
            case "HEIGHT" -> random.nextInt(3) == 0 ? "II" : "I";
            case "LIFTING" -> "LEVEL_3";
            default -> null;
        };
    }

    private UUID uuid() {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L, random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    record Step(int seq, String role) {}

    private static Map<String, List<Step>> chains(Connection c) throws SQLException {
        Map<String, List<Step>> chains = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select work_type, level, seq, role from approval_chain_step where company_id is null order by seq");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                chains.computeIfAbsent(rs.getString(1) + ":" + rs.getString(2), k -> new ArrayList<>())
                        .add(new Step(rs.getInt(3), rs.getString(4)));
            }
        }
        return chains;
    }

    private static Map<String, List<String>> measures(Connection c) throws SQLException {
        Map<String, List<String>> measures = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select work_type, code from permit_measure_item order by seq");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                measures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return measures;
    }

    /** A permit's acts in order, written once the permit row is in the batch. */
    private static final class Acts {
        private final Tables t;
        private final UUID permit;
        private final List<Object[]> rows = new ArrayList<>();
        int seq;

        Acts(Tables t, UUID permit) {
            this.t = t;
            this.permit = permit;
        }

        void add(Instant at, String action, String from, String to, UUID user, String system, String reason) {
            seq++;
            rows.add(new Object[] {permit, seq, ts(at), action, from, to, user, system, reason});
        }

        void flushInto(Facts facts, UUID company) throws SQLException {
            for (Object[] row : rows) {
                t.add("permit_transition", row);
                if (row[6] != null) {
                    facts.active(company, ((Timestamp) row[2]).toInstant(), (UUID) row[6]);
                }
            }
        }
    }

    /**
     * The facts the listener would count for these permits (KpiFactListener / FactRecorder): approvals with their
     * minutes and histogram bucket, starts (everyone on the crew holds a certificate here, every step approved
     * before the start), closes with a complete record, and who signed acts; summed per company and day, written after
     * each company.
     */
    private static final class Facts {
        private final Map<String, double[]> sums = new LinkedHashMap<>();
        private final Map<String, long[]> histogram = new LinkedHashMap<>();
        private final java.util.Set<String> active = new java.util.LinkedHashSet<>();

        void active(UUID company, Instant at, UUID user) {
            active.add(company + "|" + LocalDate.ofInstant(at, ZONE) + "|" + user);
        }

        void approved(UUID company, Instant at, int minutes) {
            add(company, at, "PERMITS_APPROVED", 1);
            add(company, at, "APPROVAL_MINUTES", minutes);
            histogram.computeIfAbsent(company + "|" + LocalDate.ofInstant(at, ZONE) + "|" + KpiDefinitions.bucketOf(minutes),
                    k -> new long[1])[0]++;
        }

        void started(UUID company, Instant at, int people, int measures, boolean approved) {
            add(company, at, "PERMITS_STARTED", 1);
            add(company, at, "PERMITS_STARTED_FULLY_APPROVED", approved ? 1 : 0);
            add(company, at, "PEOPLE_ON_STARTED_PERMITS", people);
            add(company, at, "PEOPLE_CERTIFIED", people);
            add(company, at, "MEASURES_ON_STARTED_PERMITS", measures);
            add(company, at, "MEASURES_CONFIRMED", measures);
        }

        void closed(UUID company, Instant at) {
            add(company, at, "PERMITS_CLOSED", 1);
            add(company, at, "PERMITS_CLOSED_COMPLETE", 1);
        }

        private void add(UUID company, Instant at, String counter, double amount) {
            sums.computeIfAbsent(company + "|" + LocalDate.ofInstant(at, ZONE) + "|" + counter, k -> new double[1])[0] += amount;
        }

        /** Writes the daily rows and their monthly roll-up (what DailyFacts.add writes beside each daily row). */
        void write(Tables t) throws SQLException {
            Map<String, double[]> monthlySums = new HashMap<>();
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                String[] k = e.getKey().split("\\|");
                LocalDate day = LocalDate.parse(k[1]);
                t.add("kpi_daily_fact", UUID.fromString(k[0]), day, k[2], e.getValue()[0]);
                monthlySums.computeIfAbsent(k[0] + "|" + day.withDayOfMonth(1) + "|" + k[2], m -> new double[1])[0]
                        += e.getValue()[0];
                t.flushEvery(BATCH);
            }
            for (Map.Entry<String, double[]> e : monthlySums.entrySet()) {
                String[] k = e.getKey().split("\\|");
                t.add("kpi_monthly_fact", UUID.fromString(k[0]), LocalDate.parse(k[1]), k[2], e.getValue()[0]);
                t.flushEvery(BATCH);
            }
            Map<String, long[]> monthlyHistogram = new HashMap<>();
            for (Map.Entry<String, long[]> e : histogram.entrySet()) {
                String[] k = e.getKey().split("\\|");
                LocalDate day = LocalDate.parse(k[1]);
                t.add("kpi_approval_histogram", UUID.fromString(k[0]), day, Integer.parseInt(k[2]), e.getValue()[0]);
                monthlyHistogram.computeIfAbsent(k[0] + "|" + day.withDayOfMonth(1) + "|" + k[2], m -> new long[1])[0]
                        += e.getValue()[0];
            }
            for (Map.Entry<String, long[]> e : monthlyHistogram.entrySet()) {
                String[] k = e.getKey().split("\\|");
                t.add("kpi_monthly_histogram", UUID.fromString(k[0]), LocalDate.parse(k[1]), Integer.parseInt(k[2]),
                        e.getValue()[0]);
            }
            java.util.Set<String> activeMonths = new java.util.LinkedHashSet<>();
            for (String a : active) {
                String[] k = a.split("\\|");
                LocalDate day = LocalDate.parse(k[1]);
                t.add("kpi_active_user", UUID.fromString(k[0]), day, UUID.fromString(k[2]));
                activeMonths.add(k[0] + "|" + day.withDayOfMonth(1) + "|" + k[2]);
                t.flushEvery(BATCH);
            }
            for (String a : activeMonths) {
                String[] k = a.split("\\|");
                t.add("kpi_monthly_active_user", UUID.fromString(k[0]), LocalDate.parse(k[1]), UUID.fromString(k[2]));
                t.flushEvery(BATCH);
            }
            sums.clear();
            histogram.clear();
            active.clear();
        }
    }

    /** One prepared batch insert per table, flushed in the order the foreign keys need. */
    private static final class Tables {
        private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("company", "id, code, name, parent_id, time_zone, created_at, version");
            COLUMNS.put("site", "id, company_id, code, name, latitude, longitude, radius_meters, hazard_area, created_at, version");
            COLUMNS.put("app_user", "id, username, password_hash, display_name, company_id, worker_id, enabled, created_at, version");
            COLUMNS.put("app_user_role", "app_user, role");
            COLUMNS.put("worker", "id, company_id, name, id_number_cipher, id_number_digest, id_number_masked, id_last4, phone,"
                    + " created_at, version, name_key");
            COLUMNS.put("certificate", "id, company_id, worker_id, regime, item_code, item_name, number_cipher, number_masked,"
                    + " issued_on, expires_on, created_at, version");
            COLUMNS.put("work_permit", "id, company_id, number, work_type, level, status, site_id, location, content,"
                    + " planned_start, planned_end, leader_id, guardian_id, applicant_id, hazards, emergency_measures,"
                    + " height_meters, load_tonnes, expedite, rejection_reason, created_at, final_decision_at, version,"
                    + " first_check_in_at, shift_checked_by, shift_checked_at, started_at, completed_at, leader_accepted_at,"
                    + " guardian_accepted_at, ended_at, end_reason, end_cause");
            COLUMNS.put("permit_worker", "work_permit, worker_id, seq, planned_start");
            COLUMNS.put("permit_measure", "work_permit, code, applicable, seq");
            COLUMNS.put("approval_step", "work_permit, seq, role, status, opened_at, decided_by, decided_by_name, decided_at, comment");
            COLUMNS.put("permit_transition", "work_permit, seq, occurred_at, action, from_status, to_status, actor_user_id,"
                    + " actor_system, reason");
            COLUMNS.put("check_in", "id, permit_id, worker_id, user_id, method, checkpoint_id, checked_in_at, latitude, longitude,"
                    + " accuracy_meters, distance_meters");
            COLUMNS.put("gas_test", "id, permit_id, sampled_at, sample_point, analyst_id, recorded_by, passed, readings, failures,"
                    + " recorded_at");
            COLUMNS.put("kpi_daily_fact", "company_id, fact_day, counter, amount");
            COLUMNS.put("kpi_approval_histogram", "company_id, fact_day, upper_minutes, permits");
            COLUMNS.put("kpi_monthly_fact", "company_id, fact_month, counter, amount");
            COLUMNS.put("kpi_monthly_histogram", "company_id, fact_month, upper_minutes, permits");
            COLUMNS.put("kpi_active_user", "company_id, fact_day, user_id");
            COLUMNS.put("kpi_monthly_active_user", "company_id, fact_month, user_id");
        }

        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Map<String, Integer> queued = new HashMap<>();
        private final java.util.Set<String> skipped;
        int pending;
        long rows;

        Tables(Connection c, java.util.Set<String> skipped) throws SQLException {
            this.skipped = skipped;
            for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
                int n = e.getValue().split(",").length;
                statements.put(e.getKey(), c.prepareStatement("insert into " + e.getKey() + " (" + e.getValue()
                        + ") values (" + "?, ".repeat(n - 1) + "?)"));
            }
        }

        void add(String table, Object... values) throws SQLException {
            if (skipped.contains(table)) {
                return;
            }
            PreparedStatement s = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    s.setNull(i + 1, Types.NULL);
                } else if (v instanceof LocalDate d) {
                    s.setObject(i + 1, d);
                } else {
                    s.setObject(i + 1, v);
                }
            }
            s.addBatch();
            queued.merge(table, 1, Integer::sum);
            pending++;
            rows++;
        }

        void flushEvery(int rows) throws SQLException {
            if (pending >= rows) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
                if (queued.getOrDefault(e.getKey(), 0) > 0) {
                    e.getValue().executeBatch();
                    queued.put(e.getKey(), 0);
                }
            }
            pending = 0;
        }

        void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }
}
