package cn.anzuo.permit.demo;

import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.ApprovalChains;
import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.permit.domain.PermitNumbers;
import cn.anzuo.permit.domain.PermitApplication;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.SiteEvidence;
import cn.anzuo.permit.Actor;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.DemoDataOrder;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A realistic week of the demo plant's permits, one or more in every status: closed jobs of the last
 * days (one approved in 38 minutes, as in the seed), a rejection, a cancellation, a voided permit
 * nobody checked in to, an expired one, work active and suspended now, and permits waiting for
 * approval — so {@code unit} finds something in 待我审批 at once.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.PERMIT + 10)
class PermitDemoPermits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PermitDemoPermits.class);

    private final Organization organization;
    private final Qualifications qualifications;
    private final WorkPermitRepository permits;
    private final MeasureCatalog measures;
    private final ApprovalChains chains;
    private final PermitNumbers numbers;
    private final Clock clock;

    PermitDemoPermits(Organization organization, Qualifications qualifications, WorkPermitRepository permits,
            MeasureCatalog measures, ApprovalChains chains, PermitNumbers numbers, Clock clock) {
        this.organization = organization;
        this.qualifications = qualifications;
        this.permits = permits;
        this.measures = measures;
        this.chains = chains;
        this.numbers = numbers;
        this.clock = clock;
    }

    private record Ctx(CompanyView company, ZoneId zone, Map<String, SiteView> sites, Map<String, UUID> workers,
            UserView applicant, Instant now) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        CompanyView demo = organization.companyByCode("DEMO").orElse(null);
        if (demo == null || permitsExist(demo.id())) {
            return;
        }
        Map<String, SiteView> sites = organization.sitesOf(Set.of(demo.id()), "").stream()
                .collect(Collectors.toMap(SiteView::code, s -> s));
        Map<String, UUID> workers = qualifications.workersOf(demo.id()).stream()
                .collect(Collectors.toMap(WorkerView::name, WorkerView::id, (a, b) -> a));
        UserView leader = organization.usersWithRole(demo.id(), Role.WORK_LEADER).getFirst();
        Ctx c = new Ctx(demo, organization.policy(demo.id()).zone(), sites, workers, leader, clock.instant());
        LocalDate today = LocalDate.ofInstant(c.now(), c.zone());
        LocalDate yesterday = previousWorkday(today);

        // Closed yesterday: submitted 08:00, approved 08:38, worked 09:05–10:50, accepted 11:00.
        WorkPermit closed = submit(c, WorkType.HOT_WORK, PermitLevel.LEVEL_2, "按申请定级:二级", "TF-01",
                "T-203 出口管线法兰", "更换法兰垫片,电焊", at(c, yesterday, 9, 0), at(c, yesterday, 11, 0), "郑海",
                List.of("郑海", "王磊"), "吴刚", null, null, at(c, yesterday, 8, 0));
        approveAll(c, closed, at(c, yesterday, 8, 38));
        closed.recordCheckIn(at(c, yesterday, 8, 55));
        closed.recordShiftCheck(Actor.user(user(c, Role.SHIFT_LEADER).id()), at(c, yesterday, 9, 0));
        closed.start(by(c), onSite(closed), at(c, yesterday, 9, 5));
        closed.complete(by(c), 0, at(c, yesterday, 10, 50));
        closed.accept(by(c), true, false, at(c, yesterday, 10, 55));
        closed.accept(by(c), false, true, at(c, yesterday, 11, 0));
        permits.save(closed);

        WorkPermit height = submit(c, WorkType.HEIGHT, PermitLevel.II, "作业高度 12 m → Ⅱ级", "PU-02", "常压塔 18 m 平台",
                "更换保温层", at(c, yesterday, 13, 0), at(c, yesterday, 17, 0), "朱明", List.of("朱明"), "唐俊",
                new BigDecimal("12"), null, at(c, yesterday, 10, 0));
        approveAll(c, height, at(c, yesterday, 10, 50));
        height.recordCheckIn(at(c, yesterday, 12, 50));
        height.start(by(c), onSite(height), at(c, yesterday, 13, 0));
        height.complete(by(c), 0, at(c, yesterday, 16, 30));
        height.accept(by(c), true, true, at(c, yesterday, 16, 40));
        permits.save(height);

        WorkPermit rejected = submit(c, WorkType.CONFINED_SPACE, null, null, "TF-01", "T-205 储罐内部", "罐内清淤",
                at(c, yesterday, 14, 0), at(c, yesterday, 18, 0), "王磊", List.of("王磊"), "冯雪", null, null,
                at(c, yesterday, 12, 0));
        rejected.decide(decision(c, Role.UNIT_APPROVER, false, "未落实盲板隔离,进出料管线仅关闭阀门"), at(c, yesterday, 12, 30));
        permits.save(rejected);

        WorkPermit voided = submit(c, WorkType.EXCAVATION, null, null, "WH-03", "仓库东侧雨水井", "开挖检查排水管",
                at(c, yesterday, 8, 0), at(c, yesterday, 12, 0), "郑海", List.of("郑海"), "于洋", null, null,
                at(c, yesterday, 7, 0));
        approveAll(c, voided, at(c, yesterday, 7, 40));
        voided.applyTimeRules(at(c, yesterday, 8, 30), Duration.ofMinutes(30));
        permits.save(voided);

        // Now: one active, one suspended, one completed awaiting 完工验收.
        Instant now = c.now();
        WorkPermit active = submit(c, WorkType.CONFINED_SPACE, null, null, "PU-02", "E-102 换热器壳程", "清理管束结垢",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)), "王磊", List.of("王磊", "杨帆"), "唐俊",
                null, null, now.minus(Duration.ofHours(2)));
        approveAll(c, active, now.minus(Duration.ofMinutes(80)));
        active.recordCheckIn(now.minus(Duration.ofMinutes(65)));
        active.start(by(c), onSite(active), now.minus(Duration.ofMinutes(55)));
        permits.save(active);

        WorkPermit suspended = submit(c, WorkType.HEIGHT, PermitLevel.I, "作业高度 4 m → Ⅰ级", "MS-04", "机修车间屋面",
                "更换采光板", now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(4)), "高飞", List.of("高飞"), "于洋",
                new BigDecimal("4"), null, now.minus(Duration.ofHours(3)));
        approveAll(c, suspended, now.minus(Duration.ofMinutes(150)));
        suspended.recordCheckIn(now.minus(Duration.ofMinutes(115)));
        suspended.start(by(c), onSite(suspended), now.minus(Duration.ofMinutes(110)));
        suspended.suspend(by(c), SuspensionCause.WEATHER, "阵风 5 级,暂停高处作业", null, now.minus(Duration.ofMinutes(20)));
        permits.save(suspended);

        WorkPermit completed = submit(c, WorkType.BLIND_PLATE, null, null, "TF-01", "P-1105 进料线 DN100 法兰",
                "抽盲板(编号 MB-07)", now.minus(Duration.ofHours(3)), now.plus(Duration.ofHours(1)), "王磊", List.of("赵勇"),
                "董建华", null, null, now.minus(Duration.ofHours(4)));
        approveAll(c, completed, now.minus(Duration.ofMinutes(215)));
        completed.recordCheckIn(now.minus(Duration.ofMinutes(175)));
        completed.start(by(c), onSite(completed), now.minus(Duration.ofMinutes(170)));
        completed.complete(by(c), 0, now.minus(Duration.ofMinutes(30)));
        permits.save(completed);

        WorkPermit expired = submit(c, WorkType.TEMP_POWER, null, null, "MS-04", "机修车间 2 号配电箱", "检修用临时电源",
                at(c, yesterday, 8, 0), at(c, yesterday, 18, 0), "周斌", List.of("周斌"), "曾敏", null, null,
                at(c, yesterday, 7, 0));
        approveAll(c, expired, at(c, yesterday, 7, 30));
        expired.recordCheckIn(at(c, yesterday, 7, 55));
        expired.start(by(c), onSite(expired), at(c, yesterday, 8, 5));
        expired.applyTimeRules(at(c, yesterday, 18, 0), Duration.ofMinutes(30));
        permits.save(expired);

        WorkPermit cancelled = submit(c, WorkType.LIFTING, PermitLevel.LEVEL_3, "吊物质量 12 t → 三级", "PU-02",
                "装置区北侧", "吊装更换冷却器管束", now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(5)), "林峰",
                List.of("林峰", "罗刚"), "冯雪", null, null, now.minus(Duration.ofHours(1)));
        cancelled.cancel(by(c), "吊车液压系统故障,改期", now.minus(Duration.ofMinutes(10)));
        permits.save(cancelled);

        LocalDate nextDay = nextWorkday(today);
        WorkPermit approved = submit(c, WorkType.HOT_WORK, PermitLevel.LEVEL_2, "按申请定级:二级", "WH-03",
                "仓库钢结构雨棚", "雨棚立柱补焊", at(c, nextDay, 14, 0), at(c, nextDay, 16, 0), "杨帆", List.of("杨帆"),
                "唐俊", null, null, now.minus(Duration.ofMinutes(50)));
        approveAll(c, approved, now.minus(Duration.ofMinutes(12)));
        permits.save(approved);

        // Waiting for approval: a level-2 hot work for the next working day, and an expedited road closure.
        LocalDate next = nextWorkday(today);
        permits.save(submit(c, WorkType.HOT_WORK, PermitLevel.LEVEL_2, "按申请定级:二级", "TF-01", "T-201 出口管线法兰",
                "更换垫片,电焊", at(c, next, 9, 0), at(c, next, 11, 0), "郑海", List.of("郑海"), "吴刚", null, null, now));
        WorkPermit expedited = submit(c, WorkType.ROAD_CLOSURE, null, null, "PU-02", "装置区 3 号路", "消防管线抢修断路",
                now.plus(Duration.ofMinutes(40)), now.plus(Duration.ofHours(3)), "林峰", List.of("林峰"), "冯雪", null,
                "主消防管线泄漏,需立即抢修", now.minus(Duration.ofMinutes(5)));
        permits.save(expedited);
        log.info("Demo data: permits in every status so far");
    }

    private boolean permitsExist(UUID companyId) {
        return !permits.search(Set.of(companyId), "", "", "", Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z")).isEmpty();
    }

    private WorkPermit submit(Ctx c, WorkType type, PermitLevel level, String levelReason, String site, String location,
            String content, Instant start, Instant end, String leader, List<String> crew, String guardian,
            BigDecimal height, String expediteReason, Instant submittedAt) {
        List<PermitMeasure> answers = measures.of(type).stream().map(m -> new PermitMeasure(m.code(), true)).toList();
        SiteView place = c.sites().get(site);
        return WorkPermit.submit(new PermitApplication(c.company().id(),
                numbers.next(c.company().id(), type, LocalDate.ofInstant(start, c.zone())), type, level, level,
                levelReason, place.id(), location, content, new TimeWindow(start, end), c.workers().get(leader),
                crew.stream().map(c.workers()::get).toList(), c.workers().get(guardian), c.applicant().id(),
                "可燃气体泄漏、高处坠落、物体打击", "现场配备灭火器 2 具、急救箱;设置警戒区;发生泄漏立即停止作业撤离",
                height, null, null, answers, Set.of(), expediteReason != null, expediteReason,
                chains.chainFor(c.company().id(), type, level)), submittedAt);
    }

    private void approveAll(Ctx c, WorkPermit permit, Instant at) {
        permit.approvalSteps().forEach(step -> permit.decide(decision(c, step.role(), true, "现场核查,措施落实,同意"), at));
    }

    private Decision decision(Ctx c, Role role, boolean approve, String comment) {
        UserView approver = user(c, role);
        return new Decision(approver.id(), approver.displayName(), approver.roles(), approve, comment, null, null, null,
                null);
    }

    private UserView user(Ctx c, Role role) {
        return organization.usersWithRole(c.company().id(), role).getFirst();
    }

    private static Instant at(Ctx c, LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(c.zone()).toInstant();
    }

    private static LocalDate previousWorkday(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate nextWorkday(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The demo's leader acts on its permits. */
    private static Actor by(Ctx c) {
        return Actor.user(c.applicant().id());
    }

    /**
     * The site as the demo's story tells it: everyone named checked in and, where analyses are due, they
     * passed (the demo keeps no analysis records for its past work).
     */
    private static SiteEvidence onSite(WorkPermit permit) {
        Set<UUID> everyone = new java.util.HashSet<>(permit.workerIds());
        everyone.add(permit.guardianId());
        everyone.add(permit.leaderId());
        return new SiteEvidence(false, List.of(), everyone, false, java.time.ZoneOffset.UTC);
    }
}
