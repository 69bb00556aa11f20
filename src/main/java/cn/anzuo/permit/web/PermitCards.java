package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How permits look on the pages: the level band (GB 30871 B.1: an obvious mark of the level), the
 * window in the company's time, the wait of an application, all in the reader's language.
 */
@Component
class PermitCards {

    /** The roles that can be steps of an approval chain (and so may have something to decide). */
    static final List<Role> APPROVER_ROLES = List.of(Role.WORK_LEADER, Role.UNIT_APPROVER, Role.DEPT_APPROVER,
            Role.SAFETY_OFFICER, Role.PLANT_LEADER, Role.POWER_SUPPLIER);
    static final String APPROVERS = "hasAnyRole('WORK_LEADER', 'UNIT_APPROVER', 'DEPT_APPROVER', 'SAFETY_OFFICER', "
            + "'PLANT_LEADER', 'POWER_SUPPLIER')";

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final MeasureCatalog catalog;
    private final Organization organization;
    private final Clock clock;

    PermitCards(MessageSource messages, MeasureCatalog catalog, Organization organization, Clock clock) {
        this.messages = messages;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    /** A permit with what its card or page shows besides the raw data. */
    record Card(PermitResponse permit, String band, String levelType, String window, String waited,
            String applicant, String statusClass) {}

    Card card(PermitResponse p, String applicant) {
        return new Card(p, band(p.type(), p.level()), levelType(p.type(), p.level()),
                window(p.plannedStart(), p.plannedEnd()), waited(p.createdAt()), applicant, statusClass(p.status()));
    }

    /** A permit's card in a list (the permit list, 待我审批): its row, in the reader's words and the company's time. */
    record Line(UUID id, String number, PermitStatus status, boolean expedite, String siteName, String location,
            String band, String levelType, String window, String waited, String applicant, String statusClass) {}

    /**
     * The cards of a list page: one look-up of their sites, one per distinct company and (with {@code applicants}) applicant,
     * none per permit.
     */
    List<Line> lines(List<PermitCard> permits, boolean applicants) {
        Map<UUID, String> sites = organization.siteNames(permits.stream().map(PermitCard::siteId)
                .collect(Collectors.toSet()));
        Map<UUID, ZoneId> zones = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        return permits.stream().map(p -> {
            ZoneId zone = zones.computeIfAbsent(p.companyId(), id -> organization.policy(id).zone());
            return new Line(p.id(), p.number(), p.status(), p.expedite(), sites.get(p.siteId()),
                    p.location(), band(p.workType(), p.level()), levelType(p.workType(), p.level()),
                    window(p.plannedStart().atZone(zone).toOffsetDateTime(), p.plannedEnd().atZone(zone).toOffsetDateTime()),
                    waited(p.createdAt()),
                    applicants ? names.computeIfAbsent(p.applicantId(), this::userName) : null,
                    statusClass(p.status()));
        }).toList();
    }

    private String userName(UUID userId) {
        return organization.user(userId).map(UserView::displayName).orElse("");
    }

    static String statusClass(PermitStatus status) {
        return switch (status) {
            case APPROVED, ACTIVE, COMPLETED, CLOSED -> "badge-ok";
            case PENDING_APPROVAL, SUSPENDED -> "badge-warn";
            case REJECTED, CANCELLED, VOIDED, EXPIRED -> "badge-danger";
        };
    }

    /** red / orange / yellow / blue as the risk falls; "none" for the types without levels. */
    static String band(WorkType type, PermitLevel level) {
        if (level == null) {
            return "none";
        }
        return switch (level) {
            case SPECIAL, IV -> "red";
            case LEVEL_1 -> type == WorkType.LIFTING ? "red" : "orange";
            case LEVEL_2 -> type == WorkType.LIFTING ? "orange" : "yellow";
            case LEVEL_3, II -> "yellow";
            case III -> "orange";
            case I -> "blue";
        };
    }

    /** "二级动火作业", or the type alone when it has no levels. */
    String levelType(WorkType type, PermitLevel level) {
        String typeName = text("workType." + type.name());
        return level == null ? typeName : text("permitView.levelType", text("permitLevel." + level.name()), typeName);
    }

    String levelName(PermitLevel level) {
        return level == null ? "" : text("permitLevel." + level.name());
    }

    /** "12-01 09:00–11:00", or both days when it runs past midnight. */
    static String window(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null) {
            return "";
        }
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY_TIME.format(from) + "–" + TIME.format(to);
        }
        return DAY_TIME.format(from) + " – " + DAY_TIME.format(to);
    }

    static String at(OffsetDateTime time) {
        return time == null ? "" : FULL.format(time);
    }

    /** "已等待 38 分钟" since the application. */
    String waited(OffsetDateTime since) {
        return since == null ? "" : waited(since.toInstant());
    }

    private String waited(Instant since) {
        if (since == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(since, Instant.now(clock)).toMinutes());
        if (minutes < 60) {
            return text("permitView.waitedMinutes", minutes);
        }
        return text("permitView.waitedHours", minutes / 60, minutes % 60);
    }

    /** A checklist answer with its text, for the permit's page and the decision page. */
    record MeasureLine(int seq, String code, String text, boolean applicable) {}

    /** An approval step as the timeline shows it. */
    record StepLine(PermitResponse.Step step, String role, String status, String at) {}

    List<MeasureLine> measures(WorkPermit permit) {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, Boolean> answers = new HashMap<>();
        Map<String, List<String>> blanks = new HashMap<>();
        permit.measures().forEach(m -> {
            answers.put(m.code(), m.applicable());
            blanks.put(m.code(), m.blankValues());
        });
        List<MeasureCatalog.Measure> all = catalog.of(permit.workType());
        Map<String, MeasureLine> lines = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            MeasureCatalog.Measure m = all.get(i);
            if (answers.containsKey(m.code())) {
                lines.put(m.code(), new MeasureLine(i + 1, m.code(),
                        cn.anzuo.permit.domain.MeasureBlanks.fill(english ? m.textEn() : m.textZh(), blanks.get(m.code())),
                        answers.get(m.code())));
            }
        }
        return List.copyOf(lines.values());
    }

    List<StepLine> steps(PermitResponse view) {
        return view.approvalSteps().stream()
                .map(s -> new StepLine(s, text("role." + s.role()), text("approval.step." + s.status()),
                        PermitCards.at(s.decidedAt())))
                .toList();
    }

    String applicantName(WorkPermit permit) {
        return userName(permit.applicantId());
    }

    String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    static boolean approver(Set<Role> roles) {
        return APPROVER_ROLES.stream().anyMatch(roles::contains);
    }
}
