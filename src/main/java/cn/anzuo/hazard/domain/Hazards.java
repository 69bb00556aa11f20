package cn.anzuo.hazard.domain;

import cn.anzuo.hazard.HazardClosed;
import cn.anzuo.hazard.HazardReported;
import cn.anzuo.hazard.HazardStatus;
import cn.anzuo.hazard.HazardView;
import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.LastCheckIns;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard lifecycle (API.md "Hazards"). Each move is one conditional update on the status it starts
 * from, so two people acting at once cannot both move a hazard; the loser gets 409 {@code ILLEGAL_TRANSITION}.
 */
@Service
@Transactional
public class Hazards {

    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final LastCheckIns lastCheckIns;
    private final Clock clock;

    private final cn.anzuo.organization.CompanyModules modules;

    Hazards(JdbcClient jdbc, Organization organization, Notifications notifications, ApplicationEventPublisher events,
            LastCheckIns lastCheckIns, Clock clock, cn.anzuo.organization.CompanyModules modules) {
        this.modules = modules;
        this.jdbc = jdbc;
        this.lastCheckIns = lastCheckIns;
        this.organization = organization;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** A live photo for a report: JPEG or PNG by content, at most 10 MB (422 UNSUPPORTED_MEDIA). */
    public UUID uploadPhoto(CurrentUser user, byte[] bytes) {
        String type = sniff(bytes);
        if (type == null || bytes.length > MAX_PHOTO_BYTES) {
            throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "file");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into hazard_photo (id, company_id, content_type, bytes, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.companyId(), type, bytes, sha256(bytes), user.id(), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    public record Photo(String contentType, byte[] bytes) {}

    @Transactional(readOnly = true)
    public Photo photo(CurrentUser user, UUID photoId) {
        return jdbc.sql("select company_id, content_type, bytes from hazard_photo where id = ?").param(photoId)
                .query((rs, n) -> organization.canSee(user, rs.getObject(1, UUID.class))
                        ? new Photo(rs.getString(2), rs.getBytes(3)) : null)
                .optional().orElseThrow(() -> new RecordNotFound("photo", photoId));
    }

    /** Anyone of the site's company reports; the photo must be one they uploaded. */
    public HazardView report(CurrentUser user, UUID siteId, String description, Double latitude, Double longitude,
            UUID photoId) {
        SiteView site = organization.visibleSite(user, siteId);
        if (photoId != null && jdbc.sql("select count(*) from hazard_photo where id = ? and uploaded_by = ?")
                .params(photoId, user.id()).query(Long.class).single() == 0) {
            throw new BusinessProblem(ProblemKind.RULE, "UNKNOWN_PHOTO", "photoId");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into hazard (id, company_id, site_id, description, latitude, longitude, photo_id, status,
                                            reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?, ?)""")
                .params(id, site.companyId(), site.id(), description.trim(), latitude, longitude, photoId, user.id(),
                        Timestamp.from(now))
                .update();
        events.publishEvent(new HazardReported(id, site.companyId(), site.id(), user.id(), now));
        notify(safetyOfficers(site.companyId()), site.companyId(), "HAZARD_REPORTED", "hazard.notice.reported", id,
                List.of(site.name(), description.trim()), "hazard-reported:" + id);
        return find(user, id);
    }

    /** SAFETY_OFFICER: REPORTED (or ASSIGNED, to reassign) → ASSIGNED. */
    public HazardView assign(CurrentUser user, UUID hazardId, UUID assigneeUserId, LocalDate dueOn) {
        HazardView hazard = find(user, hazardId);
        requireSafetyOfficer(user);
        UserView assignee = organization.user(assigneeUserId).filter(u -> u.companyId().equals(hazard.companyId()))
                .orElseThrow(() -> new BusinessProblem(ProblemKind.RULE, "UNKNOWN_ASSIGNEE", "assigneeUserId"));
        if (dueOn.isBefore(LocalDate.ofInstant(clock.instant(), organization.policy(hazard.companyId()).zone()))) {
            throw new BusinessProblem(ProblemKind.RULE, "DUE_DATE_PAST", "dueOn");
        }
        move(hazardId, List.of(HazardStatus.REPORTED, HazardStatus.ASSIGNED), hazard.status(), "assign", """
                update hazard set status = 'ASSIGNED', assignee_user_id = ?, due_on = ?, assigned_at = ?, reminded_on = null
                where id = ? and status in ('REPORTED', 'ASSIGNED')""",
                assignee.id(), Date.valueOf(dueOn), Timestamp.from(clock.instant()), hazardId);
        notify(Set.of(assignee.id()), hazard.companyId(), "HAZARD_ASSIGNED", "hazard.notice.assigned", hazardId,
                List.of(hazard.description(), dueOn.toString()), "hazard-assigned:" + hazardId + ":" + dueOn);
        return find(user, hazardId);
    }

    /** The assignee: ASSIGNED → FIXED with a note. */
    public HazardView fix(CurrentUser user, UUID hazardId, String note) {
        HazardView hazard = find(user, hazardId);
        if (!user.id().equals(hazard.assigneeUserId())) {
            throw new NotAllowed();
        }
        move(hazardId, List.of(HazardStatus.ASSIGNED), hazard.status(), "fix", """
                update hazard set status = 'FIXED', fix_note = ?, fixed_at = ? where id = ? and status = 'ASSIGNED'""",
                note.trim(), Timestamp.from(clock.instant()), hazardId);
        notify(safetyOfficers(hazard.companyId()), hazard.companyId(), "HAZARD_FIXED", "hazard.notice.fixed", hazardId,
                List.of(hazard.description()), "hazard-fixed:" + hazardId + ":" + hazard.rejections());
        return find(user, hazardId);
    }

    /** SAFETY_OFFICER: FIXED → CLOSED when accepted, else back to ASSIGNED. */
    public HazardView verify(CurrentUser user, UUID hazardId, boolean accepted) {
        HazardView hazard = find(user, hazardId);
        requireSafetyOfficer(user);
        Instant now = clock.instant();
        if (accepted) {
            move(hazardId, List.of(HazardStatus.FIXED), hazard.status(), "verify",
                    "update hazard set status = 'CLOSED', closed_at = ? where id = ? and status = 'FIXED'",
                    Timestamp.from(now), hazardId);
            double hours = Duration.between(hazard.reportedAt(), now).toSeconds() / 3600.0;
            events.publishEvent(new HazardClosed(hazardId, hazard.companyId(), hazard.siteId(), hazard.reportedAt(), now,
                    hours));
        } else {
            move(hazardId, List.of(HazardStatus.FIXED), hazard.status(), "verify", """
                    update hazard set status = 'ASSIGNED', rejections = rejections + 1, reminded_on = null
                    where id = ? and status = 'FIXED'""", hazardId);
            notify(Set.of(hazard.assigneeUserId()), hazard.companyId(), "HAZARD_REJECTED", "hazard.notice.rejected",
                    hazardId, List.of(hazard.description()), "hazard-rejected:" + hazardId + ":" + hazard.rejections());
        }
        return find(user, hazardId);
    }

    /** Reminds assignees (and the safety officers) of overdue hazards, once per day each; returns how many. */
    public int remindOverdue() {
        int reminded = 0;
        for (HazardView h : jdbc.sql("select " + COLUMNS + " from hazard where status = 'ASSIGNED' and due_on is not null")
                .query(this::row).list()) {
            if (!modules.enabled(h.companyId(), cn.anzuo.organization.OptionalModule.HAZARDS)) {
                continue; // hazards switched off: no reminder; an overdue hazard is reminded once switched on again
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), organization.policy(h.companyId()).zone());
            if (!h.dueOn().isBefore(today)) {
                continue;
            }
            int claimed = jdbc.sql("update hazard set reminded_on = ? where id = ? and (reminded_on is null or reminded_on < ?)")
                    .params(Date.valueOf(today), h.id(), Date.valueOf(today)).update();
            if (claimed == 1) {
                Set<UUID> to = safetyOfficers(h.companyId());
                to.add(h.assigneeUserId());
                notify(to, h.companyId(), "HAZARD_OVERDUE", "hazard.notice.overdue", h.id(),
                        List.of(h.description(), h.dueOn().toString()), "hazard-overdue:" + h.id() + ":" + today);
                reminded++;
            }
        }
        return reminded;
    }

    @Transactional(readOnly = true)
    public HazardView find(CurrentUser user, UUID hazardId) {
        return jdbc.sql("select " + COLUMNS + " from hazard where id = ?").param(hazardId).query(this::row).optional()
                .filter(h -> organization.canSee(user, h.companyId()))
                .orElseThrow(() -> new RecordNotFound("hazard", hazardId));
    }

    /**
     * A span of days to list by: the hazards reported in it, or (byClosing) those closed in it, as the dashboard's
     * hazard figures count them; from and to are instants, the caller turns the company's days into them.
     */
    public record Span(boolean byClosing, Instant from, Instant to) {

        String condition() {
            return byClosing ? " and closed_at >= ? and closed_at < ?" : " and reported_at >= ? and reported_at < ?";
        }
    }

    @Transactional(readOnly = true)
    public List<HazardView> list(Collection<UUID> companyIds, HazardStatus status, int offset, int limit) {
        return list(companyIds, status, null, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<HazardView> list(Collection<UUID> companyIds, HazardStatus status, Span span, int offset, int limit) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = filterParams(companyIds, status, span);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from hazard where " + filter(companyIds, status, span)
                        + " order by reported_at desc, id limit ? offset ?")
                .params(params).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public long count(Collection<UUID> companyIds, HazardStatus status) {
        return count(companyIds, status, null);
    }

    @Transactional(readOnly = true)
    public long count(Collection<UUID> companyIds, HazardStatus status, Span span) {
        if (companyIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from hazard where " + filter(companyIds, status, span))
                .params(filterParams(companyIds, status, span)).query(Long.class).single();
    }

    private static String filter(Collection<UUID> companyIds, HazardStatus status, Span span) {
        return "company_id in (" + String.join(", ", java.util.Collections.nCopies(companyIds.size(), "?")) + ")"
                + (status == null ? "" : " and status = ?") + (span == null ? "" : span.condition());
    }

    private static List<Object> filterParams(Collection<UUID> companyIds, HazardStatus status, Span span) {
        List<Object> params = new ArrayList<>(companyIds);
        if (status != null) {
            params.add(status.name());
        }
        if (span != null) {
            params.add(Timestamp.from(span.from()));
            params.add(Timestamp.from(span.to()));
        }
        return params;
    }

    /**
     * The site a report most likely concerns: where the reporter last checked in or last reported, whichever
     * was later (a worker reports where they work); empty for someone who has done neither.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> usualSite(CurrentUser user) {
        Optional<LastCheckIns.Place> checkIn = lastCheckIns.of(user.id());
        // reported_by leads the order so that H2 reads one entry of hazard_reporter, not all of theirs (ADR 0088)
        Optional<LastCheckIns.Place> report = jdbc.sql("select site_id, reported_at from hazard where reported_by = ? "
                        + "order by reported_by desc, reported_at desc limit 1")
                .param(user.id())
                .query((rs, n) -> new LastCheckIns.Place(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .optional();
        return java.util.stream.Stream.of(checkIn, report).flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(LastCheckIns.Place::at)).map(LastCheckIns.Place::siteId);
    }

    private void move(UUID id, List<HazardStatus> from, HazardStatus current, String action, String sql, Object... params) {
        if (!from.contains(current) || jdbc.sql(sql).params(params).update() == 0) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "ILLEGAL_TRANSITION", current.name(), action)
                    .with("status", current.name());
        }
    }

    private static void requireSafetyOfficer(CurrentUser user) {
        if (!user.has(Role.SAFETY_OFFICER)) {
            throw new NotAllowed();
        }
    }

    private Set<UUID> safetyOfficers(UUID companyId) {
        Set<UUID> users = new LinkedHashSet<>();
        organization.usersWithRole(companyId, Role.SAFETY_OFFICER).forEach(u -> users.add(u.id()));
        return users;
    }

    private void notify(Set<UUID> to, UUID companyId, String kind, String key, UUID hazardId, List<String> args,
            String dedup) {
        notifications.notify(new Notice(to, companyId, kind, key + ".title", key + ".body", args, "/hazards/" + hazardId,
                dedup));
    }

    private static final String COLUMNS = "id, company_id, site_id, description, latitude, longitude, photo_id, status, "
            + "reported_by, reported_at, assignee_user_id, due_on, assigned_at, fix_note, fixed_at, closed_at, rejections";

    private HazardView row(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate();
        HazardStatus status = HazardStatus.valueOf(rs.getString(8));
        UUID company = rs.getObject(2, UUID.class);
        boolean overdue = due != null && status == HazardStatus.ASSIGNED
                && due.isBefore(LocalDate.ofInstant(clock.instant(), organization.policy(company).zone()));
        return new HazardView(rs.getObject(1, UUID.class), company, rs.getObject(3, UUID.class), rs.getString(4),
                (Double) rs.getObject(5, Double.class), (Double) rs.getObject(6, Double.class), rs.getObject(7, UUID.class),
                status, rs.getObject(9, UUID.class), instant(rs, 10), rs.getObject(11, UUID.class), due, instant(rs, 13),
                rs.getString(14), instant(rs, 15), instant(rs, 16), rs.getInt(17), overdue);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String sniff(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
