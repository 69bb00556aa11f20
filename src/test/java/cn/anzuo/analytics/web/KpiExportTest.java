package cn.anzuo.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.organization.Organization;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Xlsx;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** API.md {@code GET /kpis.xlsx} and {@code GET /kpis.pdf}: the figures, a year earlier, targets and met, in Chinese. */
@AnzuoTest
class KpiExportTest {

    static final String SPAN = "from=2012-03-01&to=2012-03-31";

    @Autowired ApiClient api;
    @Autowired DailyFacts facts;
    @Autowired Organization organization;

    /** The facts add up and the database outlives a test: they are added once for the class. */
    static boolean seeded;

    UUID demo;

    @BeforeEach
    void facts() {
        demo = organization.companyByCode("DEMO").orElseThrow().id();
        if (seeded) {
            return;
        }
        seeded = true;
        // 49 of 50 permits fully approved: 98 %, just met; approval 10 min against 30 a year earlier: halved
        LocalDate day = LocalDate.parse("2012-03-15");
        facts.add(demo, day, Counter.PERMITS_STARTED, 50);
        facts.add(demo, day, Counter.PERMITS_STARTED_FULLY_APPROVED, 49);
        facts.add(demo, day, Counter.PERMITS_APPROVED, 1);
        facts.add(demo, day, Counter.APPROVAL_MINUTES, 10);
        facts.add(demo, day, Counter.HAZARDS_REPORTED, 3);
        LocalDate earlier = day.minusYears(1);
        facts.add(demo, earlier, Counter.PERMITS_APPROVED, 1);
        facts.add(demo, earlier, Counter.APPROVAL_MINUTES, 30);
    }

    @Test
    void the_workbook_holds_each_figure_with_last_year_its_target_and_whether_it_is_met() throws Exception {
        byte[] xlsx = api.get("safety", "/api/v1/kpis.xlsx?" + SPAN).andExpect(status().isOk())
                .andExpect(content().contentType(KpiExportController.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = Xlsx.read(xlsx).get("指标");
        assertThat(rows.get(0)).contains("作业安全效果验证指标");
        assertThat(rows).contains(List.of("维度", "指标", "本期", "上年同期", "目标", "是否达标"));
        assertThat(row(rows, "审批完整率")).startsWith("合规率", "审批完整率", "0.98").endsWith("≥ 98 %", "达标");
        assertThat(row(rows, "平均审批时长")).containsExactly("响应速度", "平均审批时长", "10.0", "30.0", "同比 −50 %", "达标");
        assertThat(row(rows, "隐患上报数")).startsWith("员工参与度", "隐患上报数", "3", "0");
        assertThat(row(rows, "记录完整率")).containsExactly("数据可用性", "记录完整率", "", "", "100 %", "—");
    }

    @Test
    void the_pdf_shows_the_same_figures_and_chinese_labels() throws Exception {
        byte[] pdf = api.get("auditor", "/api/v1/kpis.pdf?" + SPAN).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("作业安全效果验证指标", "2012-03-01", "2012-03-31", "合规率", "响应速度",
                    "数据可用性", "员工参与度", "审批完整率", "98.0 %", "10.0 分钟", "30.0 分钟", "同比 −50 %",
                    "达标", "无数据");
        }
    }

    @Test
    void the_exports_are_for_the_kpi_readers_only() throws Exception {
        api.get("worker", "/api/v1/kpis.xlsx").andExpect(status().isForbidden());
        api.get("leader", "/api/v1/kpis.pdf").andExpect(status().isForbidden());
        api.get("plant", "/api/v1/kpis.pdf?" + SPAN).andExpect(status().isOk());
    }

    @Test
    void another_companys_export_is_not_found() throws Exception {
        api.get("yz-safety", "/api/v1/kpis.xlsx?companyId={c}&" + SPAN, demo)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.get("yz-safety", "/api/v1/kpis.pdf?companyId={c}", demo).andExpect(status().isNotFound());
    }

    @Test
    void a_malformed_date_is_a_bad_request_as_for_the_json() throws Exception {
        api.get("safety", "/api/v1/kpis.xlsx?from=yesterday").andExpect(status().isBadRequest());
        api.get("safety", "/api/v1/kpis.pdf?from=2012-03-02&to=2012-03-01").andExpect(status().isUnprocessableContent());
    }

    private static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(label)).findFirst().orElseThrow();
    }
}
