package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.IdNumbers;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The qualification pages: who holds what with search and filters, the worker page with coloured
 * statuses and the verification state, the forms with their messages beside the fields, revoke and
 * manual verification, the expiring view; access by role and company; never a clear ID number.
 */
@AnzuoTest
class QualificationPagesTest {

    static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired cn.anzuo.support.ApiClient api;

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    String html(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /**
     * The worker list is ordered in pinyin by the database (V12_7 name_key), not by code point and not in Java:
     * 阿 (ā) before 王 (wáng) before 赵 (zhào), although 王 U+738B comes before 阿 U+963F in Unicode.
     */
    @Test
    void workers_are_listed_in_pinyin_order_by_the_database_page_and_api_alike() throws Exception {
        String marker = "序" + UUID.randomUUID().toString().substring(0, 6);
        String companyId = cn.anzuo.support.ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
        for (String surname : new String[] {"赵", "王", "阿"}) {
            api.post("safety", "/api/v1/workers", """
                    {"companyId":"%s","name":"%s%s","idNumber":"%s"}""".formatted(companyId, surname, marker,
                    IdNumbers.random())).andExpect(status().isCreated());
        }

        String page = html(signIn("safety"), get("/qualification/workers").param("q", marker));
        assertThat(page.indexOf("阿" + marker)).isPositive().isLessThan(page.indexOf("王" + marker));
        assertThat(page.indexOf("王" + marker)).isLessThan(page.indexOf("赵" + marker));
        api.get("safety", "/api/v1/workers?q={q}", marker)
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("阿" + marker, "王" + marker,
                        "赵" + marker)));
    }

    static void assertNoClearIdNumber(String html) {
        assertThat(IdNumbers.CLEAR.matcher(html).find()).as("a clear ID number in the page").isFalse();
    }

    /** The id of the (first) worker of that name, from the list's link. */
    String workerId(MockHttpSession session, String name) throws Exception {
        String list = html(session, get("/qualification/workers").param("q", name));
        Matcher m = Pattern.compile("href=\"/qualification/workers/(" + UUID_PATTERN + ")\">\\s*<span class=\"q-worker-top\">\\s*"
                + "<strong class=\"q-name\">" + name + "</strong>").matcher(list);
        assertThat(m.find()).as("worker %s in the list", name).isTrue();
        return m.group(1);
    }

    static String validIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12000));
        String first17 = "320106" + birth.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
        return first17 + IdNumber.checkDigit(first17);
    }

    /** Registers a worker through the form; returns its id. */
    String register(MockHttpSession session, String name, String idNumber) throws Exception {
        String form = html(session, get("/qualification/workers/new"));
        Matcher company = Pattern.compile("name=\"companyId\" value=\"(" + UUID_PATTERN + ")\"").matcher(form);
        assertThat(company.find()).isTrue();
        String location = mvc.perform(post("/qualification/workers").session(session).with(csrf())
                        .param("companyId", company.group(1)).param("name", name).param("idNumber", idNumber)
                        .param("phone", "13912345678").param("employer", ""))
                .andExpect(redirectedUrlPattern("/qualification/workers/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Adds a 2.1 welding certificate (T + ID number) through the form; returns its id. */
    String addWeldingCertificate(MockHttpSession session, String workerId, String idNumber) throws Exception {
        mvc.perform(post("/qualification/workers/{id}/certificates", workerId).session(session).with(csrf())
                        .param("regime", "SPECIAL_OPERATION").param("itemCode", "2.1").param("number", "T" + idNumber)
                        .param("authority", "南京市应急管理局").param("issuedOn", LocalDate.now().minusYears(1).toString())
                        .param("expiresOn", "").param("reviewDueOn", ""))
                .andExpect(redirectedUrl("/qualification/workers/" + workerId));
        String page = html(session, get("/qualification/workers/{id}", workerId));
        Matcher m = Pattern.compile("id=\"certificate-(" + UUID_PATTERN + ")\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String newName() {
        return "资质测试" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    @Test
    void list_shows_the_demo_workers_with_their_worst_status_and_masked_id_numbers() throws Exception {
        // every page of the list: other tests add workers, so the demo ones may not all be on the first
        MockHttpSession safety = signIn("safety");
        StringBuilder pages = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            String one = html(safety, get("/qualification/workers").param("page", String.valueOf(p)));
            if (p > 0 && !one.contains("q-worker-link")) {
                break;
            }
            pages.append(one);
        }
        String page = pages.toString();
        assertThat(page).contains("人员资质", "郑海", "吴刚", "李强", "status-badge", "承包商 · 江苏安建工程有限公司",
                "已过期", "即将到期", "未核验", "/qualification/workers/new");
        assertThat(page).containsPattern("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertNoClearIdNumber(page);
    }

    @Test
    void status_filter_expired_shows_exactly_the_worker_with_an_expired_certificate() throws Exception {
        String page = html(signIn("safety"), get("/qualification/workers").param("status", "EXPIRED"));
        assertThat(page).contains("刘洋", "status-expired");
        assertThat(page).doesNotContain("郑海", "吴刚", "李强", "王磊", "张伟", "陈杰");
        assertNoClearIdNumber(page);
    }

    @Test
    void item_and_contractor_filters_narrow_the_list() throws Exception {
        MockHttpSession safety = signIn("safety");
        String cranes = html(safety, get("/qualification/workers").param("item", "Q2"));
        assertThat(cranes).contains("林峰", "罗刚").doesNotContain("郑海", "吴刚");
        String contractors = html(safety, get("/qualification/workers").param("contractors", "true"));
        assertThat(contractors).contains("张伟", "林峰").doesNotContain("郑海", "李强");
        String byEmployer = html(safety, get("/qualification/workers").param("employer", "扬子起重"));
        assertThat(byEmployer).contains("林峰").doesNotContain("张伟");
    }

    @Test
    void bad_filter_values_are_ignored_rather_than_failing() throws Exception {
        html(signIn("safety"), get("/qualification/workers").param("status", "NONSENSE").param("page", "x"));
        html(signIn("safety"), get("/qualification/workers").param("page", "99"));
    }

    @Test
    void htmx_search_returns_only_the_results_fragment() throws Exception {
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/qualification/workers").param("q", "郑海").header("HX-Request", "true").session(safety))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("郑海")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("吴刚"))));
        // htmx restoring history after a cache miss needs the whole page
        mvc.perform(get("/qualification/workers").param("q", "郑海").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true").session(safety))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void search_finds_a_worker_by_the_last_four_id_digits() throws Exception {
        MockHttpSession safety = signIn("safety");
        String list = html(safety, get("/qualification/workers").param("q", "郑海"));
        Matcher last4 = Pattern.compile("\\d{6}\\*{8}(\\d{3}[\\dX])").matcher(list);
        assertThat(last4.find()).isTrue();
        assertThat(html(safety, get("/qualification/workers").param("q", last4.group(1)))).contains("郑海");
    }

    @Test
    void worker_page_shows_coloured_statuses_and_marks_an_unverified_certificate() throws Exception {
        MockHttpSession safety = signIn("safety");
        String unverified = html(safety, get("/qualification/workers/{id}", workerId(safety, "杨帆")));
        assertThat(unverified).contains("杨帆", "q-cert-band", "status-valid", "有效", "未核验", "熔化焊接与热切割作业",
                "南京市应急管理局", "人工核验", "撤销");
        assertNoClearIdNumber(unverified);

        String verified = html(safety, get("/qualification/workers/{id}", workerId(safety, "郑海")));
        assertThat(verified).contains("已核验 · 人工核验", "王建国", "查看凭证").doesNotContain("badge-unverified");
        assertNoClearIdNumber(verified);

        assertThat(html(safety, get("/qualification/workers/{id}", workerId(safety, "刘洋"))))
                .contains("status-expired", "已过期");
        assertThat(html(safety, get("/qualification/workers/{id}", workerId(safety, "陈杰"))))
                .contains("status-review_overdue", "逾期未复审");
        assertThat(html(safety, get("/qualification/workers/{id}", workerId(safety, "徐涛"))))
                .contains("status-revoked", "复审时发现证书信息与本人不符");
    }

    @Test
    void another_companys_user_gets_404_on_a_demo_worker() throws Exception {
        String id = workerId(signIn("safety"), "郑海");
        mvc.perform(get("/qualification/workers/{id}", id).session(signIn("yz-leader")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/qualification/workers/{id}", UUID.randomUUID()).session(signIn("safety")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/qualification/workers/{id}", "not-a-uuid").session(signIn("safety")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_worker_sees_only_their_own_page() throws Exception {
        MockHttpSession safety = signIn("safety");
        String own = workerId(safety, "郑海");
        String other = workerId(safety, "吴刚");
        MockHttpSession worker = signIn("worker");
        mvc.perform(get("/qualification/me").session(worker))
                .andExpect(redirectedUrl("/qualification/workers/" + own));
        assertThat(html(worker, get("/qualification/workers/{id}", own)))
                .contains("郑海", "本人档案", "熔化焊接与热切割作业")
                .doesNotContain("添加证书", "确认撤销");
        mvc.perform(get("/qualification/workers/{id}", other).session(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/qualification/workers").session(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/qualification/expiring").session(worker)).andExpect(status().isForbidden());
    }

    @Test
    void an_account_without_worker_record_is_told_so_on_my_certificates() throws Exception {
        assertThat(html(signIn("analyst"), get("/qualification/me"))).contains("尚未关联作业人员档案");
    }

    @Test
    void home_tiles_follow_the_roles() throws Exception {
        assertThat(html(signIn("safety"), get("/")))
                .contains("/qualification/workers", "/qualification/expiring", "人员资质", "即将到期")
                .doesNotContain("/qualification/me");
        assertThat(html(signIn("guardian"), get("/")))
                .contains("/qualification/me", "我的证书")
                .doesNotContain("/qualification/workers");
    }

    @Test
    void only_managers_change_certificates() throws Exception {
        MockHttpSession auditor = signIn("auditor");
        String id = workerId(auditor, "杨帆");
        assertThat(html(auditor, get("/qualification/workers/{id}", id))).doesNotContain("确认撤销", "添加证书");
        mvc.perform(get("/qualification/workers/new").session(auditor)).andExpect(status().isForbidden());
        mvc.perform(get("/qualification/workers/{id}/certificates/new", id).session(auditor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/qualification/certificates/{id}/revoke", UUID.randomUUID()).session(signIn("worker"))
                        .with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void new_worker_form_puts_invalid_id_number_and_duplicate_beside_the_id_field() throws Exception {
        MockHttpSession safety = signIn("safety");
        assertThat(IdNumber.checkDigit("11010119900307000")).isNotEqualTo('0');
        String form = html(safety, get("/qualification/workers/new"));
        Matcher company = Pattern.compile("name=\"companyId\" value=\"(" + UUID_PATTERN + ")\"").matcher(form);
        assertThat(company.find()).isTrue();
        String name = newName();
        mvc.perform(post("/qualification/workers").session(safety).with(csrf())
                        .param("companyId", company.group(1)).param("name", name)
                        .param("idNumber", "110101199003070000").param("phone", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phone-error")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/qualification/workers").session(safety).with(csrf())
                        .param("companyId", company.group(1)).param("name", name)
                        .param("idNumber", "110101199003070000").param("phone", "13900001111"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("idNumber-error")))
                .andExpect(content().string(containsString("身份证号码格式、出生日期或校验位不正确")))
                .andExpect(content().string(containsString(name)));

        String idNumber = validIdNumber();
        String id = register(safety, name, idNumber);
        mvc.perform(post("/qualification/workers").session(safety).with(csrf())
                        .param("companyId", company.group(1)).param("name", "另一个名字")
                        .param("idNumber", idNumber.toLowerCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("idNumber-error")))
                .andExpect(content().string(containsString("本企业已有相同身份证号码的人员")))
                .andExpect(content().string(containsString("/qualification/workers/" + id)));

        String page = html(safety, get("/qualification/workers/{id}", id));
        assertThat(page).contains(name, "无证书", "13912345678");
        assertNoClearIdNumber(page);
    }

    @Test
    void certificate_form_puts_each_refusal_beside_its_field_and_keeps_the_input() throws Exception {
        MockHttpSession safety = signIn("safety");
        String idNumber = validIdNumber();
        String workerId = register(safety, newName(), idNumber);
        String form = html(safety, get("/qualification/workers/{id}/certificates/new", workerId));
        assertThat(form).contains("熔化焊接与热切割作业", "<optgroup", "6 年", "4 年", "type=\"date\"");
        assertNoClearIdNumber(form);

        mvc.perform(post("/qualification/workers/{id}/certificates", workerId).session(safety).with(csrf())
                        .param("regime", "SPECIAL_OPERATION").param("itemCode", "2.1").param("number", "T123")
                        .param("authority", "南京市应急管理局").param("issuedOn", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("number-error")))
                .andExpect(content().string(containsString("特种作业操作证编号应为")))
                .andExpect(content().string(containsString("value=\"T123\"")))
                .andExpect(content().string(containsString("南京市应急管理局")));
        mvc.perform(post("/qualification/workers/{id}/certificates", workerId).session(safety).with(csrf())
                        .param("regime", "SPECIAL_EQUIPMENT").param("itemCode", "2.1").param("number", "TS-1")
                        .param("issuedOn", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("itemCode-error")))
                .andExpect(content().string(containsString("不在该类证书的目录中")));
        mvc.perform(post("/qualification/workers/{id}/certificates", workerId).session(safety).with(csrf())
                        .param("regime", "SPECIAL_EQUIPMENT").param("itemCode", "Q2").param("number", "TS-1")
                        .param("issuedOn", "2025-03-01").param("expiresOn", "2024-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("expiresOn-error")))
                .andExpect(content().string(containsString("不能早于发证日期")));
        mvc.perform(post("/qualification/workers/{id}/certificates", workerId).session(safety).with(csrf())
                        .param("regime", "NOPE").param("itemCode", "").param("issuedOn", "2025-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("issuedOn-error")))
                .andExpect(content().string(containsString("itemCode-error")))
                .andExpect(content().string(containsString("regime-error")));

        addWeldingCertificate(safety, workerId, idNumber);
        String page = html(safety, get("/qualification/workers/{id}", workerId));
        assertThat(page).contains("熔化焊接与热切割作业", "status-valid", "未核验", "T320106********");
        assertNoClearIdNumber(page);
    }

    @Test
    void revoking_needs_a_reason_and_then_shows_the_certificate_grey() throws Exception {
        MockHttpSession safety = signIn("safety");
        String idNumber = validIdNumber();
        String workerId = register(safety, newName(), idNumber);
        String certificateId = addWeldingCertificate(safety, workerId, idNumber);

        mvc.perform(post("/qualification/certificates/{id}/revoke", certificateId).session(safety).with(csrf())
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reason-" + certificateId + "-error")))
                .andExpect(content().string(containsString("必填")));
        mvc.perform(post("/qualification/certificates/{id}/revoke", certificateId).session(safety).with(csrf())
                        .param("reason", "证书系伪造"))
                .andExpect(redirectedUrl("/qualification/workers/" + workerId));
        String page = html(safety, get("/qualification/workers/{id}", workerId));
        assertThat(page).contains("status-revoked", "已撤销", "证书系伪造").doesNotContain("确认撤销");
        mvc.perform(post("/qualification/certificates/{id}/revoke", certificateId).session(safety).with(csrf())
                        .param("reason", "再次撤销"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该证书已被撤销")));
        mvc.perform(post("/qualification/certificates/{id}/revoke", certificateId).session(signIn("yz-admin"))
                        .with(csrf()).param("reason", "别家企业"))
                .andExpect(status().isNotFound());
    }

    @Test
    void manual_verification_stores_the_uploaded_evidence() throws Exception {
        MockHttpSession safety = signIn("safety");
        String idNumber = validIdNumber();
        String workerId = register(safety, newName(), idNumber);
        String certificateId = addWeldingCertificate(safety, workerId, idNumber);

        mvc.perform(multipart("/qualification/certificates/{id}/verify", certificateId).session(safety).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("evidence-" + certificateId + "-error")))
                .andExpect(content().string(containsString("人工核验须先上传")));
        mvc.perform(multipart("/qualification/certificates/{id}/verify", certificateId)
                        .file(new MockMultipartFile("evidence", "note.txt", "text/plain", "hello".getBytes()))
                        .session(safety).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只接受 PNG")));
        mvc.perform(multipart("/qualification/certificates/{id}/verify", certificateId)
                        .file(new MockMultipartFile("evidence", "查询结果.png", "image/png", PNG))
                        .session(safety).with(csrf()))
                .andExpect(redirectedUrl("/qualification/workers/" + workerId));

        String page = html(safety, get("/qualification/workers/{id}", workerId));
        assertThat(page).contains("已核验 · 人工核验", "孙丽", "/qualification/certificates/" + certificateId + "/evidence")
                .doesNotContain("badge-unverified");
        mvc.perform(get("/qualification/certificates/{id}/evidence", certificateId).session(safety))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/qualification/certificates/{id}/evidence", certificateId).session(signIn("worker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void expiring_view_lists_what_falls_due_nearest_first() throws Exception {
        MockHttpSession safety = signIn("safety");
        String fifteen = html(safety, get("/qualification/expiring").param("days", "15"));
        assertThat(fifteen).contains("tab-active", "张伟", "周斌", "胡斌", "罗刚", "冯雪",
                "/qualification/workers?status=EXPIRED").containsPattern("已过期 \\d+ 张");
        assertNoClearIdNumber(fifteen);
        String ninety = html(safety, get("/qualification/expiring").param("days", "90"));
        assertThat(rows(ninety)).isGreaterThanOrEqualTo(rows(fifteen)).isGreaterThanOrEqualTo(5);
        assertNoClearIdNumber(ninety);
        // nearest first: the day counts never go down
        Matcher days = Pattern.compile("<span class=\"q-due-days\">\\s*<strong>(-?\\d+)</strong>").matcher(ninety);
        long previous = Long.MIN_VALUE;
        while (days.find()) {
            long d = Long.parseLong(days.group(1));
            assertThat(d).isGreaterThanOrEqualTo(previous);
            previous = d;
        }
        assertThat(html(safety, get("/qualification/expiring").param("days", "abc"))).contains("tab-active");
    }

    @Test
    void every_page_finds_all_its_texts_in_chinese_and_english() throws Exception {
        MockHttpSession safety = signIn("safety");
        String id = workerId(safety, "陈杰");
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String path : new String[] {"/qualification/workers", "/qualification/workers/" + id,
                    "/qualification/workers/" + id + "/certificates/new", "/qualification/workers/new",
                    "/qualification/expiring?days=90"}) {
                String page = html(safety, get(path).header("Accept-Language", language));
                assertThat(page).as("%s in %s", path, language).doesNotContain("??");
                assertNoClearIdNumber(page);
            }
        }
        assertThat(html(safety, get("/qualification/workers/" + id).header("Accept-Language", "en")))
                .contains("Review overdue", "Certificates (1)");
    }

    static int rows(String html) {
        return html.split("class=\"card q-due ", -1).length - 1;
    }
}
