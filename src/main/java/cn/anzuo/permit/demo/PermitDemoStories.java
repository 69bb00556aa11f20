package cn.anzuo.permit.demo;

import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitApplications;
import cn.anzuo.permit.domain.PermitApplications.ApplyForPermit;
import cn.anzuo.permit.domain.PermitApprovals;
import cn.anzuo.permit.domain.PermitApprovals.DecideApproval;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.DemoDataOrder;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Permits a newcomer can act on in the first minutes, made through the same services as the pages
 * (apply, then approve step by step), so every rule of a real application applies:
 * <ul>
 *   <li>DEMO: a level-2 hot work at TF-01 starting in 15 minutes, approved, waiting for check-in —
 *       {@code worker} and {@code guardian} check in at the kiosk of {@code TF-01-QR}, {@code analyst}
 *       records a gas analysis, {@code shift} checks, {@code leader} starts;</li>
 *   <li>DEMO: an excavation (动土) whose Annex B chain has two steps: 安全管理部门 has approved, it now
 *       waits for {@code dept}; a road closure (断路) waiting for {@code safety} at its first step;</li>
 *   <li>DEMO-YZ: a height permit on the subsidiary's three-step chain, waiting for {@code yz-foreman}
 *       (then {@code yz-safety}, then {@code yz-plant}).</li>
 * </ul>
 * Each story is its own transaction; a story the rules refuse at this moment (e.g. a holiday) is
 * skipped with a warning rather than stopping the start-up.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.PERMIT + 20)
class PermitDemoStories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PermitDemoStories.class);
    private static final String HAZARDS = "可燃气体泄漏、高处坠落、物体打击";
    private static final String EMERGENCY = "现场配备灭火器 2 具、急救箱;设置警戒区;发生泄漏立即停止作业撤离";

    private final Organization organization;
    private final Qualifications qualifications;
    private final PermitApplications applications;
    private final PermitApprovals approvals;
    private final MeasureCatalog measures;
    private final PermitQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PermitDemoStories(Organization organization, Qualifications qualifications, PermitApplications applications,
            PermitApprovals approvals, MeasureCatalog measures, PermitQueries queries, TransactionTemplate transactions,
            Clock clock) {
        this.organization = organization;
        this.qualifications = qualifications;
        this.applications = applications;
        this.approvals = approvals;
        this.measures = measures;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CompanyView demo = organization.companyByCode("DEMO").orElse(null);
        CompanyView yangzhou = organization.companyByCode("DEMO-YZ").orElse(null);
        if (demo == null || yangzhou == null || alreadyTold(demo, yangzhou)) {
            return;
        }
        ZoneId zone = organization.policy(demo.id()).zone();
        Instant now = clock.instant();
        Instant soon = now.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES);
        LocalDate next = nextWorkday(LocalDate.ofInstant(now, zone));

        story("ready for check-in", () -> approveUpTo(apply(demo, "leader", WorkType.HOT_WORK, PermitLevel.LEVEL_2,
                "TF-01", "T-207 顶部呼吸阀法兰", "更换呼吸阀垫片,电焊", soon, soon.plus(Duration.ofHours(2)), "李强",
                List.of("郑海"), "吴刚", null), Integer.MAX_VALUE));
        story("excavation at its second step", () -> approveUpTo(apply(demo, "leader", WorkType.EXCAVATION, null,
                "WH-03", "仓库西侧消防管线", "开挖更换消防管线阀门", at(next, 9, zone), at(next, 12, zone), "郑海",
                List.of("赵勇"), "曾敏", null), 1));
        story("road closure at its first step", () -> apply(demo, "leader", WorkType.ROAD_CLOSURE, null, "PU-02",
                "装置区 1 号路东段", "管廊检修断路", at(next, 13, zone), at(next, 16, zone), "郑海", List.of("王磊"), "于洋",
                null));
        story("DEMO-YZ height permit on a three-step chain", () -> apply(yangzhou, "yz-leader", WorkType.HEIGHT, null,
                "YZ-TF", "T-3 储罐顶部平台", "更换罐顶呼吸阀", at(next, 9, zone), at(next, 15, zone), "沈阳",
                List.of("许亮"), "秦勇", new BigDecimal("8")));
    }

    /** The stories are told once: DEMO-YZ having a permit means they were. */
    private boolean alreadyTold(CompanyView demo, CompanyView yangzhou) {
        return organization.usersWithRole(yangzhou.id(), Role.WORK_LEADER).stream()
                .noneMatch(u -> u.username().equals("yz-leader"))
                || qualifications.workersOf(yangzhou.id()).isEmpty()
                || queries.lastOf(user(yangzhou, "yz-leader").id()).isPresent();
    }

    private void story(String name, Supplier<WorkPermit> told) {
        try {
            WorkPermit permit = transactions.execute(status -> told.get());
            log.info("Demo story '{}': permit {} {}", name, permit.number(), permit.status());
        } catch (BusinessProblem refused) {
            log.warn("Demo story '{}' skipped: {} ({})", name, refused.code(), refused.getMessage());
        }
    }

    private WorkPermit apply(CompanyView company, String applicant, WorkType type, PermitLevel level, String site,
            String location, String content, Instant start, Instant end, String leader, List<String> crew,
            String guardian, BigDecimal height) {
        SiteView place = organization.sitesOf(Set.of(company.id()), site).stream()
                .filter(s -> s.code().equals(site)).findFirst().orElseThrow();
        List<PermitMeasure> answers = measures.of(type).stream().map(m -> new PermitMeasure(m.code(), true)).toList();
        return applications.apply(current(user(company, applicant)), new ApplyForPermit(type, level, place.id(),
                location, content, start, end, worker(company, leader), crew.stream().map(n -> worker(company, n)).toList(),
                worker(company, guardian), HAZARDS, EMERGENCY, answers, height, Set.of(), null, Set.of(), false, null))
                .permit();
    }

    /** Approves the first {@code steps} steps, each by a user of the company holding the step's role. */
    private WorkPermit approveUpTo(WorkPermit permit, int steps) {
        WorkPermit current = permit;
        for (int i = 0; i < steps && current.status() == PermitStatus.PENDING_APPROVAL; i++) {
            Role role = current.approvalSteps().stream().filter(s -> s.status() == ApprovalStep.StepStatus.PENDING)
                    .findFirst().orElseThrow().role();
            UserView approver = organization.usersWithRole(current.companyId(), role).getFirst();
            current = approvals.decide(current(approver), current.id(),
                    new DecideApproval(true, "现场核查,措施落实,同意", null, null, null));
        }
        return current;
    }

    private UserView user(CompanyView company, String username) {
        return java.util.Arrays.stream(Role.values())
                .flatMap(role -> organization.usersWithRole(company.id(), role).stream())
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private UUID worker(CompanyView company, String name) {
        return qualifications.workersOf(company.id()).stream().filter(w -> w.name().equals(name))
                .map(WorkerView::id).findFirst().orElseThrow();
    }

    private static CurrentUser current(UserView user) {
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.companyId(), user.roles(),
                user.workerId());
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static LocalDate nextWorkday(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
