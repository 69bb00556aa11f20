package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.domain.ApprovalChains;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.InboxCursor;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The permit pages over MockMvc with a real form login: 我要作业 in four screens, its refusals in
 * words, the decision with a signature, the permit's page, company and role checks, the approval
 * chain editor and the htmx fragments. Every permit is a level-2 hot work at 一号罐区 on the next
 * working day 09:00–11:00 (Asia/Shanghai), so nothing is upgraded and 赵明 (unit) approves it.
 */
@AnzuoTest
class PermitPagesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A 1×1 PNG, as a data URL like the signature pad sends. */
    static final String SIGNATURE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Organization organization;
    @Autowired Qualifications qualifications;
    @Autowired HolidayCalendar holidays;
    @Autowired MeasureCatalog catalog;
    @Autowired PermitQueries queries;
    @Autowired ApprovalChains chains;

    UUID demo;
    UUID site;
    LocalDate day;

    @BeforeEach
    void plant() {
        demo = organization.companyByCode("DEMO").orElseThrow().id();
        site = organization.sitesOf(Set.of(demo), "TF-01").stream().map(SiteView::id).findFirst().orElseThrow();
        day = nextWorkingDay();
    }

    /** The next Monday–Friday after today (Shanghai) that the holiday table does not mark as a rest day. */
    LocalDate nextWorkingDay() {
        LocalDate candidate = LocalDate.now(SHANGHAI).plusDays(1);
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.restDay(demo, candidate).isPresent()) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    UUID worker(String name) {
        return qualifications.searchWorkers(Set.of(demo), name).stream()
                .filter(w -> w.name().equals(name)).map(WorkerView::id).findFirst().orElseThrow();
    }

    MockHttpSession signIn(String username) throws Exception {
        return signIn(username, ApiClient.DEMO_PASSWORD);
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    /** Everything the four screens collect for a level-2 hot work, as the browser posts it. */
    MultiValueMap<String, String> draft(String location, String... workers) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("draftId", UUID.randomUUID().toString());
        form.add("type", "HOT_WORK");
        form.add("siteId", site.toString());
        form.add("date", day.toString());
        form.add("startTime", "09:00");
        form.add("endTime", "11:00");
        form.add("location", location);
        form.add("content", "更换垫片,电焊");
        form.add("level", "LEVEL_2");
        form.add("leaderId", worker("李强").toString());
        for (String name : workers) {
            form.add("workerIds", worker(name).toString());
        }
        form.add("guardianId", worker("冯雪").toString());
        catalog.of(WorkType.HOT_WORK).forEach(m -> form.add("measures[" + m.code() + "]", "true"));
        form.set("measures[HW-04]", "false");
        form.add("hazards", "火灾、灼烫");
        form.add("emergencyMeasures", "现场配灭火器 2 具");
        return form;
    }

    MockHttpServletRequestBuilder screen(MockHttpSession session, MultiValueMap<String, String> form, int step, int to) {
        return post("/permits/apply").session(session).with(csrf())
                .params(form).param("step", String.valueOf(step)).param("to", String.valueOf(to));
    }

    /** Submits a complete draft as the given user and returns the new permit's id. */
    UUID applied(MockHttpSession session, MultiValueMap<String, String> form) throws Exception {
        String location = mvc.perform(screen(session, form, 4, 5))
                .andExpect(redirectedUrlPattern("/permits/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1);
    }

    @Test
    void leader_applies_for_level_2_hot_work_in_four_screens() throws Exception {
        MockHttpSession leader = signIn("leader");
        String first = mvc.perform(get("/permits/apply").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("选择作业类型")))
                .andExpect(content().string(containsString("受限空间作业")))
                .andExpect(content().string(containsString("断路作业")))
                .andReturn().getResponse().getContentAsString();
        String draftId = hidden(first, "draftId");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("draftId", draftId);
        form.add("type", "HOT_WORK");
        String second = mvc.perform(screen(leader, form, 1, 2))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("动火级别")))
                .andExpect(content().string(containsString("class=\"band-red\"")))
                .andExpect(content().string(containsString("class=\"band-yellow\"")))
                .andExpect(content().string(containsString("一号罐区")))
                .andReturn().getResponse().getContentAsString();
        assertThat(hidden(second, "type")).isEqualTo("HOT_WORK");

        MultiValueMap<String, String> all = draft("T-201 出口管线法兰", "郑海", "王磊");
        all.set("draftId", draftId);
        mvc.perform(screen(leader, all, 2, 3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("作业人")))
                .andExpect(content().string(containsString("郑海")))
                .andExpect(content().string(containsString("持证有效")))
                .andExpect(content().string(containsString("冯雪")));
        mvc.perform(screen(leader, all, 3, 4))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("二级动火作业")))
                .andExpect(content().string(containsString("基层单位负责人")))
                .andExpect(content().string(containsString("蒸汽吹扫或水洗")))
                .andExpect(content().string(containsString("提交审批")));
        UUID id = applied(leader, all);

        assertThat(queries.visible(current("leader"), id).status()).isEqualTo(PermitStatus.PENDING_APPROVAL);
        mvc.perform(get("/permits/" + id).session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待审批")))
                .andExpect(content().string(containsString("band-yellow")))
                .andExpect(content().string(containsString("T-201 出口管线法兰")))
                .andExpect(content().string(containsString("王磊")))
                .andExpect(content().string(containsString("not-applicable")))
                .andExpect(content().string(containsString("共 16 项,其中 1 项不涉及")));

        // The same draft submitted again (double tap, back button) opens the same permit.
        mvc.perform(screen(leader, all, 4, 5)).andExpect(redirectedUrl("/permits/" + id));
    }

    /** A DEMO work leader as the domain sees them. */
    CurrentUser current(String username) {
        UserView user = organization.usersWithRole(demo, Role.WORK_LEADER).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.companyId(), user.roles(),
                user.workerId());
    }

    @Test
    void an_unqualified_worker_is_named_with_the_reason_beside_the_crew() throws Exception {
        MockHttpSession leader = signIn("leader");
        // 刘洋's welding certificate expired twenty days ago; 周斌 is an electrician without one.
        MultiValueMap<String, String> form = draft("T-202 进料线", "郑海", "刘洋", "周斌");
        mvc.perform(screen(leader, form, 3, 4))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("以下人员不具备整个作业时段内有效的证书")))
                .andExpect(content().string(containsString("刘洋(作业人员):证书已过期")))
                .andExpect(content().string(containsString("周斌(作业人员):无相应证书")))
                .andExpect(content().string(not(containsString("郑海(作业人员)"))))
                .andExpect(content().string(containsString("name=\"step\" value=\"3\"")));
        // The final submit refuses the same way and goes back to the people screen.
        mvc.perform(screen(leader, form, 4, 5))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("刘洋(作业人员):证书已过期")));
    }

    @Test
    void the_guardian_named_as_worker_is_refused_beside_the_guardian() throws Exception {
        MockHttpSession leader = signIn("leader");
        MultiValueMap<String, String> form = draft("T-203 人孔", "郑海", "冯雪");
        mvc.perform(screen(leader, form, 4, 5))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("监护人须专职监护,不能同时列为作业人。")))
                .andExpect(content().string(containsString("name=\"step\" value=\"3\"")));
    }

    @Test
    void place_and_time_refusals_stay_on_the_second_screen_with_the_input_kept() throws Exception {
        MockHttpSession leader = signIn("leader");
        MultiValueMap<String, String> form = draft("T-204 出口", "郑海");
        form.set("endTime", "08:00");
        mvc.perform(screen(leader, form, 2, 3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("endTime-error")))
                .andExpect(content().string(containsString("计划结束时间必须晚于开始时间")))
                .andExpect(content().string(containsString("T-204 出口")));

        MultiValueMap<String, String> noLevel = draft("T-204 出口", "郑海");
        noLevel.remove("level");
        noLevel.set("content", "");
        mvc.perform(screen(leader, noLevel, 2, 3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("name=\"step\" value=\"2\"")));
        noLevel.set("content", "动火");
        mvc.perform(screen(leader, noLevel, 2, 3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写作业级别")));

        MultiValueMap<String, String> garbage = draft("T-204 出口", "郑海");
        garbage.set("date", "tomorrow");
        garbage.set("siteId", "not-a-uuid");
        mvc.perform(screen(leader, garbage, 4, 5))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("name=\"step\" value=\"2\"")));
    }

    @Test
    void an_unanswered_measure_is_listed_by_its_text() throws Exception {
        MockHttpSession leader = signIn("leader");
        MultiValueMap<String, String> form = draft("T-205 法兰", "郑海");
        form.remove("measures[HW-07]");
        mvc.perform(screen(leader, form, 4, 5))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("以下安全措施尚未确认是否涉及")))
                .andExpect(content().string(containsString("HW-07 乙炔气瓶直立放置")))
                .andExpect(content().string(containsString("measure missing")));
    }

    @Test
    void the_unit_approver_signs_and_the_permit_page_shows_it_approved() throws Exception {
        UUID id = applied(signIn("leader"), draft("T-206 出口管线", "郑海"));
        MockHttpSession unit = signIn("unit");
        mvc.perform(get("/approvals").session(unit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/permits/" + id + "/decide")))
                .andExpect(content().string(containsString("已等待")));
        mvc.perform(get("/approvals/badge").header("HX-Request", "true").session(unit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("approval-count")));
        mvc.perform(get("/permits/" + id + "/decide").session(unit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("T-206 出口管线")))
                .andExpect(content().string(containsString("signature-pad")))
                .andExpect(content().string(containsString("/js/signature-pad-")))
                .andExpect(content().string(containsString("not-applicable")))
                .andExpect(content().string(containsString("批准")));

        mvc.perform(post("/permits/" + id + "/decide").session(unit).with(csrf())
                        .param("decision", "REJECT").param("comment", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("驳回作业票必须说明理由")));
        mvc.perform(post("/permits/" + id + "/decide").session(unit).with(csrf())
                        .param("decision", "APPROVE").param("signature", "data:image/png;base64,bm90LWEtcG5n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签名须为不超过 512 KB 的 PNG 图片")));

        mvc.perform(post("/permits/" + id + "/decide").session(unit).with(csrf())
                        .param("decision", "APPROVE").param("comment", "同意,措施已现场确认")
                        .param("signature", SIGNATURE).param("latitude", "32.26315").param("longitude", "118.79154"))
                .andExpect(redirectedUrl("/permits/" + id));
        mvc.perform(get("/permits/" + id).session(unit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已批准")))
                .andExpect(content().string(containsString("已签名")))
                .andExpect(content().string(containsString("赵明")))
                .andExpect(content().string(containsString("同意,措施已现场确认")))
                .andExpect(content().string(containsString("/permits/" + id + "/signatures/1.png")));
        byte[] png = mvc.perform(get("/permits/" + id + "/signatures/1.png").session(signIn("leader")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        // Deciding again is refused in words, not with an error page.
        mvc.perform(post("/permits/" + id + "/decide").session(unit).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该作业票已审批完毕或已结束")));
        mvc.perform(get("/permits/" + id + "/signatures/2.png").session(unit)).andExpect(status().isNotFound());
    }

    @Test
    void an_applicant_holding_the_approver_role_cannot_approve_their_own_permit() throws Exception {
        String username = Unique.username("lu");
        String password = "zhang-anzuo-9";
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","displayName":"张工","companyId":"%s",
                 "roles":["WORK_LEADER","UNIT_APPROVER"]}""".formatted(username, password, demo))
                .andExpect(status().isCreated());
        MockHttpSession both = signIn(username, password);
        UUID id = applied(both, draft("T-207 出口", "郑海"));
        mvc.perform(get("/permits/" + id + "/decide").session(both))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("申请人不能审批自己的作业票")))
                .andExpect(content().string(not(containsString("decide-form"))));
        mvc.perform(post("/permits/" + id + "/decide").session(both).with(csrf())
                        .param("decision", "APPROVE").param("signature", SIGNATURE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("申请人不能审批自己的作业票")));
        // The plain leader lacks the step's role: told so, too.
        mvc.perform(post("/permits/" + id + "/decide").session(signIn("leader")).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您没有当前审批环节所需的角色")));
        assertThat(waitingFor(current(username))).doesNotContain(id);
    }

    /** Every permit in the user's 待我审批, page after page. */
    List<UUID> waitingFor(CurrentUser user) {
        List<UUID> all = new ArrayList<>();
        InboxCursor after = null;
        do {
            PermitQueries.InboxPage<PermitCard> page = queries.inbox(user, after, 200);
            page.items().forEach(card -> all.add(card.id()));
            after = page.next();
        } while (after != null);
        return all;
    }

    @Test
    void another_company_gets_404_and_a_missing_role_gets_403() throws Exception {
        UUID id = applied(signIn("leader"), draft("T-208 出口", "郑海"));
        MockHttpSession yz = signIn("yz-leader");
        mvc.perform(get("/permits/" + id).session(yz)).andExpect(status().isNotFound());
        mvc.perform(get("/permits/" + id + "/decide").session(yz)).andExpect(status().isNotFound());
        mvc.perform(post("/permits/" + id + "/decide").session(yz).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/permits/" + id + "/signatures/1.png").session(yz)).andExpect(status().isNotFound());
        mvc.perform(get("/permits").session(yz).param("scope", "all"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get("/permits/" + UUID.randomUUID()).session(yz)).andExpect(status().isNotFound());

        MockHttpSession worker = signIn("worker");
        mvc.perform(get("/permits/apply").session(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/approvals").session(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/permits/" + id + "/decide").session(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/approval-chains").session(signIn("unit"))).andExpect(status().isForbidden());
    }

    @Test
    void a_page_asks_for_each_badge_once_and_one_answer_fills_both_navigations() throws Exception {
        MockHttpSession leader = signIn("leader");
        String home = mvc.perform(get("/").session(leader)).andReturn().getResponse().getContentAsString();
        assertThat(home.split("hx-get=\"/approvals/badge\"", -1)).as("approval badge requests").hasSize(2);
        assertThat(home.split("hx-get=\"/inbox/badge\"", -1)).as("unread badge requests").hasSize(2);
        assertThat(home).contains("id=\"approval-badge-top\"", "id=\"approval-badge-bottom\"",
                "id=\"inbox-badge-top\"", "id=\"inbox-badge-bottom\"");
        mvc.perform(get("/approvals/badge").header("HX-Request", "true").session(leader))
                .andExpect(content().string(containsString("<span id=\"approval-badge-top\" hx-swap-oob=\"innerHTML\">")))
                .andExpect(content().string(containsString("<span id=\"approval-badge-bottom\" hx-swap-oob=\"innerHTML\">")));
    }

    @Test
    void home_tiles_and_the_navigation_badge_follow_the_roles() throws Exception {
        mvc.perform(get("/").session(signIn("leader")))
                .andExpect(content().string(containsString("href=\"/permits/apply\"")))
                .andExpect(content().string(containsString("我要作业")))
                .andExpect(content().string(containsString("hx-get=\"/approvals/badge\"")));
        mvc.perform(get("/").session(signIn("unit")))
                .andExpect(content().string(containsString("待我审批")))
                .andExpect(content().string(not(containsString("href=\"/permits/apply\""))));
        mvc.perform(get("/").session(signIn("worker")))
                .andExpect(content().string(not(containsString("待我审批"))))
                .andExpect(content().string(not(containsString("/approvals/badge"))));
        mvc.perform(get("/admin").session(signIn("admin")))
                .andExpect(content().string(containsString("href=\"/admin/approval-chains\"")));
        mvc.perform(get("/permits/apply").session(signIn("leader")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Apply for work")))
                .andExpect(content().string(containsString("Confined space entry")));
    }

    @Test
    void the_chain_editor_saves_a_company_chain_and_resets_it_to_annex_b() throws Exception {
        MockHttpSession admin = signIn("admin");
        UUID huaian = organization.companyByCode("DEMO-HA").orElseThrow().id();
        UUID yangzhou = organization.companyByCode("DEMO-YZ").orElseThrow().id();
        mvc.perform(get("/admin/approval-chains").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("默认 (GB 30871 附录B)")))
                .andExpect(content().string(containsString("特级动火作业")));
        // The seed article's chain for DEMO-YZ: 班组长 → 安全部门 → 分管领导 at every height level.
        mvc.perform(get("/admin/approval-chains").param("companyId", yangzhou.toString()).session(admin))
                .andExpect(content().string(containsString("作业负责人 → 安全员 → 主管领导")))
                .andExpect(content().string(containsString("本企业设置")));
        assertThat(chains.chainFor(yangzhou, WorkType.HEIGHT, PermitLevel.IV))
                .containsExactly(Role.WORK_LEADER, Role.SAFETY_OFFICER, Role.PLANT_LEADER);

        String path = "/admin/approval-chains/CONFINED_SPACE/ANY";
        mvc.perform(get(path).param("companyId", huaian.toString()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("默认流程(GB 30871 附录B):基层单位负责人")));
        mvc.perform(post(path).param("companyId", huaian.toString()).session(admin).with(csrf())
                        .param("roles", "UNIT_APPROVER").param("roles", "").param("roles", "SAFETY_OFFICER").param("roles", ""))
                .andExpect(redirectedUrl("/admin/approval-chains?companyId=" + huaian));
        assertThat(chains.chainFor(huaian, WorkType.CONFINED_SPACE, null))
                .containsExactly(Role.UNIT_APPROVER, Role.SAFETY_OFFICER);
        mvc.perform(get("/admin/approval-chains").param("companyId", huaian.toString()).session(admin))
                .andExpect(content().string(containsString("基层单位负责人 → 安全员")));

        mvc.perform(post(path).param("companyId", huaian.toString()).session(admin).with(csrf()).param("roles", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少选择一个审批环节")));
        mvc.perform(post(path).param("companyId", huaian.toString()).session(admin).with(csrf()).param("roles", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择审批角色")));
        mvc.perform(post(path).param("companyId", huaian.toString()).session(admin).with(csrf()).param("roles", "NOBODY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")));

        mvc.perform(post(path).param("companyId", huaian.toString()).session(admin).with(csrf()).param("reset", "true"))
                .andExpect(redirectedUrl("/admin/approval-chains?companyId=" + huaian));
        assertThat(chains.customized(huaian, WorkType.CONFINED_SPACE, null)).isFalse();
        assertThat(chains.chainFor(huaian, WorkType.CONFINED_SPACE, null)).containsExactly(Role.UNIT_APPROVER);

        mvc.perform(get("/admin/approval-chains/HOT_WORK/IV").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/approval-chains/NOPE/ANY").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/approval-chains").param("companyId", demo.toString()).session(signIn("yz-admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_list_filters_and_answers_htmx_with_the_results_fragment() throws Exception {
        MockHttpSession leader = signIn("leader");
        String location = "T-209 " + Unique.code("L");
        UUID id = applied(leader, draft(location, "郑海"));
        mvc.perform(get("/permits").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(location)));
        mvc.perform(get("/permits").session(leader).header("HX-Request", "true")
                        .param("status", "PENDING_APPROVAL").param("type", "HOT_WORK").param("siteId", site.toString())
                        .param("from", day.toString()).param("to", day.toString()).param("scope", "mine"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("/permits/" + id)));
        mvc.perform(get("/permits").session(leader).header("HX-Request", "true").param("type", "HEIGHT"))
                .andExpect(content().string(not(containsString("/permits/" + id))));
        mvc.perform(get("/permits").session(signIn("unit")).param("status", "NOPE").param("from", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("部分筛选条件格式不正确")));
    }

    @Test
    void the_crew_filter_answers_htmx_with_the_worker_list_keeping_the_ticked() throws Exception {
        MockHttpSession leader = signIn("leader");
        mvc.perform(get("/permits/apply/workers").session(leader).header("HX-Request", "true")
                        .param("type", "HOT_WORK").param("date", day.toString()).param("startTime", "09:00")
                        .param("endTime", "11:00").param("q", "刘").param("workerIds", worker("郑海").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("刘洋")))
                .andExpect(content().string(containsString("证书已过期")))
                .andExpect(content().string(containsString("郑海")))
                .andExpect(content().string(containsString("checked")));
    }
}
