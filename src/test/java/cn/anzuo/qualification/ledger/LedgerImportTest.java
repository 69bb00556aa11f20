package cn.anzuo.qualification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import cn.anzuo.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** The 台账 import through the API, with a real .xlsx full of the mistakes plants make. */
@AnzuoTest
class LedgerImportTest {

    static final String IMPORTS = "/api/v1/ledger/imports";

    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired LedgerConfirmation confirmation;

    /** Three good rows for two people, and ten rows with every kind of mistake. */
    record Sheet(String nameA, String idA, String nameB, String idB, List<String> allIds, byte[] xlsx) {

        static Sheet withMistakes() {
            String nameA = Unique.personName("张");
            String nameB = Unique.personName("李");
            String idA = IdNumbers.next();
            String idB = IdNumbers.next();
            String idC = IdNumbers.next();
            String idD = IdNumbers.next();
            String idE = IdNumbers.next();
            String idF = IdNumbers.next();
            String idG = IdNumbers.next();
            String idH = IdNumbers.next();
            List<List<Object>> rows = List.of(
                    // row 2: valid, a real Excel date
                    row(nameA, idA, "13800000001", null, "特种作业操作证", "2.1", "T" + idA, "南京市应急管理局",
                            LocalDate.of(2024, 3, 1), null, null),
                    // row 3: valid, the same person's second certificate, text dates
                    row(nameA, idA, "13800000001", null, "特种设备作业人员证", "Q2", "TS-Q2-0001", "南京市市场监督管理局",
                            "2023/5/6", "2027-05-06", null),
                    // row 4: valid, a contractor's guardian, phone as a number, category as a code
                    row(nameB, idB, 13900000002L, "江苏安建工程有限公司", "GUARDIAN", "GUARDIAN", "JH-2026-001", "示范化工",
                            "2025.1.15", null, null),
                    // row 5: wrong check digit
                    row(Unique.personName("王"), IdNumbers.withWrongCheckDigit(idC), null, null, "特种作业操作证", "2.1",
                            "T" + idC, null, "2024-01-01", null, null),
                    // row 6: unknown item
                    row(Unique.personName("赵"), idD, null, null, "特种作业操作证", "9.99", "T" + idD, null, "2024-01-01", null, null),
                    // row 7: expiry before issue
                    row(Unique.personName("钱"), idE, null, null, "特种作业操作证", "2.1", "T" + idE, null, "2024-01-01",
                            "2023-01-01", null),
                    // row 8: unparsable date
                    row(Unique.personName("孙"), idF, null, null, "特种设备作业人员证", "Q1", "TS-Q1-9", null, "明年三月", null, null),
                    // row 9: 特种作业 number is not T + the holder's ID (it is someone else's)
                    row(Unique.personName("周"), idG, null, null, "特种作业操作证", "2.1", "T" + idA, null, "2024-01-01", null, null),
                    // row 10: duplicate of row 2
                    row(nameA, idA, "13800000001", null, "特种作业操作证", "2.1", "T" + idA, "南京市应急管理局",
                            "2024-03-01", null, null),
                    // row 11: no name
                    row(null, idH, null, null, "特种作业操作证", "3.1", "T" + idH, null, "2024-02-02", null, null),
                    // row 12: everything wrong at once
                    row(Unique.personName("吴"), "12345", null, null, "驾驶证", null, null, null, null, "2020-13-45", null),
                    // row 13: same ID number as row 2 under another name
                    row(Unique.personName("冯"), idA, null, null, "监护人证", "GUARDIAN", "JH-2026-002", null, "2025-01-01", null, null));
            return new Sheet(nameA, idA, nameB, idB, List.of(idA, idB, idC, idD, idE, idF, idG, idH), Xlsx.ledger(rows));
        }
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void preview_lists_every_problem_on_its_row_and_saves_nothing() throws Exception {
        Sheet sheet = Sheet.withMistakes();
        ResultActions preview = api.upload("safety", IMPORTS, "台账.xlsx", sheet.xlsx())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(IMPORTS + "/")))
                .andExpect(jsonPath("$.rowCount").value(12))
                .andExpect(jsonPath("$.validRows").value(3))
                .andExpect(jsonPath("$.problemRows").value(9));

        assertThat(codes(preview, 2)).isEmpty();
        assertThat(codes(preview, 3)).isEmpty();
        assertThat(codes(preview, 4)).isEmpty();
        assertThat(codes(preview, 5)).containsExactly("INVALID_ID_NUMBER");
        assertThat(codes(preview, 6)).containsExactly("UNKNOWN_CERTIFICATE_ITEM");
        assertThat(codes(preview, 7)).containsExactly("INVALID_DATES");
        assertThat(codes(preview, 8)).containsExactly("BAD_DATE");
        assertThat(codes(preview, 9)).containsExactly("INVALID_CERTIFICATE_NUMBER");
        assertThat(codes(preview, 10)).containsExactly("DUPLICATE_ROW");
        assertThat(codes(preview, 11)).containsExactly("MISSING_FIELD");
        assertThat(codes(preview, 12)).containsExactlyInAnyOrder("INVALID_ID_NUMBER", "UNKNOWN_CERTIFICATE_CATEGORY",
                "MISSING_FIELD", "MISSING_FIELD", "BAD_DATE");
        assertThat(codes(preview, 13)).containsExactly("NAME_MISMATCH");

        assertThat(problem(preview, 7, "field")).isEqualTo("expiresOn");
        assertThat(problem(preview, 8, "field")).isEqualTo("issuedOn");
        assertThat(problem(preview, 8, "message")).contains("发证日期", "明年三月");
        assertThat(problem(preview, 10, "message")).contains("第 2 行");
        assertThat(problem(preview, 11, "field")).isEqualTo("name");
        assertThat(problem(preview, 13, "message")).contains(sheet.nameA());
        assertThat(ApiClient.<List<String>>read(preview, "$.rows[?(@.rowNo == 12)].problems[*].field"))
                .containsExactlyInAnyOrder("idNumber", "regime", "itemCode", "issuedOn", "expiresOn");
        assertThat(ApiClient.<List<String>>read(preview, "$.rows[?(@.rowNo == 2)].idNumberMasked"))
                .containsExactly(IdNumbers.masked(sheet.idA()));

        String body = preview.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(IdNumbers.CLEAR.matcher(body).find()).as("a clear ID number in the preview").isFalse();
        assertThat(workers(sheet.nameA())).as("nothing saved before confirming").isZero();
        String id = ApiClient.read(preview, "$.id");
        jdbc.sql("select data || problems from ledger_import_row where import_id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).list()
                .forEach(stored -> assertThat(IdNumbers.CLEAR.matcher(stored).find()).as("clear ID stored: " + stored).isFalse());
    }

    @Test
    void confirm_saves_the_valid_rows_and_reimporting_creates_nothing_new() throws Exception {
        Sheet sheet = Sheet.withMistakes();
        String id = ApiClient.read(api.upload("safety", IMPORTS, "台账.xlsx", sheet.xlsx()), "$.id");

        api.post("safety", IMPORTS + "/{id}/confirm", "", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workersCreated").value(2))
                .andExpect(jsonPath("$.certificatesCreated").value(3))
                .andExpect(jsonPath("$.workersUpdated").value(0))
                .andExpect(jsonPath("$.rowsSkipped").value(9))
                .andExpect(jsonPath("$.skippedRows.length()").value(9));

        ResultActions found = api.get("safety", "/api/v1/workers?q={q}", sheet.nameA())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].idNumberMasked").value(IdNumbers.masked(sheet.idA())))
                .andExpect(jsonPath("$.items[0].phone").value("13800000001"));
        String workerA = ApiClient.read(found, "$.items[0].id");
        api.get("safety", "/api/v1/workers/{id}/certificates", workerA)
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.itemCode == '2.1')].number").value(
                        org.hamcrest.Matchers.contains("T" + IdNumbers.masked(sheet.idA()))))
                .andExpect(jsonPath("$[?(@.itemCode == '2.1')].reviewDueOn").value(org.hamcrest.Matchers.contains("2027-03-01")))
                .andExpect(jsonPath("$[?(@.itemCode == 'Q2')].expiresOn").value(org.hamcrest.Matchers.contains("2027-05-06")));
        api.get("safety", "/api/v1/workers?q={q}", sheet.nameB())
                .andExpect(jsonPath("$.items[0].employer").value("江苏安建工程有限公司"))
                .andExpect(jsonPath("$.items[0].phone").value("13900000002"));

        String again = ApiClient.read(api.upload("safety", IMPORTS, "台账.xlsx", sheet.xlsx())
                .andExpect(jsonPath("$.validRows").value(3)), "$.id");
        api.post("safety", IMPORTS + "/{id}/confirm", "", again)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workersCreated").value(0))
                .andExpect(jsonPath("$.certificatesCreated").value(0))
                .andExpect(jsonPath("$.workersUnchanged").value(2))
                .andExpect(jsonPath("$.certificatesUnchanged").value(3));
        assertThat(workers(sheet.nameA())).isEqualTo(1);
    }

    @Test
    void reimport_with_new_data_updates_the_worker_and_the_certificate() throws Exception {
        String name = Unique.personName("陈");
        String idNumber = IdNumbers.next();
        byte[] first = Xlsx.ledger(List.of(row(name, idNumber, "13700000000", null, "特种作业操作证", "2.1", "T" + idNumber,
                "南京市应急管理局", "2024-03-01", null, null)));
        byte[] second = Xlsx.ledger(List.of(row(name, idNumber, "13700000009", "扬子起重吊装有限公司", "特种作业操作证", "2.1",
                "T" + idNumber, "江苏省应急管理厅", "2024-03-01", null, null)));
        confirm(api.upload("safety", IMPORTS, "a.xlsx", first)).andExpect(jsonPath("$.workersCreated").value(1));

        confirm(api.upload("safety", IMPORTS, "b.xlsx", second))
                .andExpect(jsonPath("$.workersCreated").value(0))
                .andExpect(jsonPath("$.workersUpdated").value(1))
                .andExpect(jsonPath("$.certificatesCreated").value(0))
                .andExpect(jsonPath("$.certificatesUpdated").value(1));
        api.get("safety", "/api/v1/workers?q={q}", name)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].phone").value("13700000009"))
                .andExpect(jsonPath("$.items[0].employer").value("扬子起重吊装有限公司"));
    }

    @Test
    void a_known_id_number_under_another_name_is_a_name_mismatch() throws Exception {
        String idNumber = IdNumbers.next();
        String name = Unique.personName("杨");
        confirm(api.upload("safety", IMPORTS, "a.xlsx", Xlsx.ledger(List.of(row(name, idNumber, null, null, "监护人证",
                "GUARDIAN", "JH-1", null, "2025-01-01", null, null)))));

        ResultActions preview = api.upload("safety", IMPORTS, "b.xlsx", Xlsx.ledger(List.of(row(Unique.personName("黄"),
                idNumber, null, null, "监护人证", "GUARDIAN", "JH-1", null, "2025-01-01", null, null))));
        assertThat(codes(preview, 2)).containsExactly("NAME_MISMATCH");
        assertThat(problem(preview, 2, "message")).contains(name);
    }

    @Test
    void confirming_twice_is_409_and_an_old_preview_cannot_be_confirmed() throws Exception {
        String id = ApiClient.read(api.upload("safety", IMPORTS, "a.xlsx", Sheet.withMistakes().xlsx()), "$.id");
        api.post("safety", IMPORTS + "/{id}/confirm", "", id).andExpect(status().isOk());
        api.post("safety", IMPORTS + "/{id}/confirm", "", id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IMPORT_ALREADY_CONFIRMED"));
        api.get("safety", IMPORTS + "/{id}", id)
                .andExpect(jsonPath("$.confirmedAt").isNotEmpty())
                .andExpect(jsonPath("$.result.workersCreated").value(2));

        String old = ApiClient.read(api.upload("safety", IMPORTS, "b.xlsx", Sheet.withMistakes().xlsx()), "$.id");
        clock.fixAt(clock.instant().plus(Duration.ofHours(25)));
        try {
            api.post("safety", IMPORTS + "/{id}/confirm", "", old)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("IMPORT_EXPIRED"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void only_company_admins_and_safety_officers_of_the_company_may_import() throws Exception {
        byte[] xlsx = Sheet.withMistakes().xlsx();
        api.upload("worker", IMPORTS, "a.xlsx", xlsx)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        String id = ApiClient.read(api.upload("safety", IMPORTS, "a.xlsx", xlsx), "$.id");
        api.get("yz-admin", IMPORTS + "/{id}", id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.post("yz-admin", IMPORTS + "/{id}/confirm", "", id).andExpect(status().isNotFound());
        api.get("admin", IMPORTS + "/{id}", id).andExpect(status().isOk());
    }

    @Test
    void files_that_are_not_a_ledger_are_422() throws Exception {
        api.upload("safety", IMPORTS, "notes.txt", "姓名,身份证号\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_SPREADSHEET"));
        api.upload("safety", IMPORTS, "empty.xlsx", new byte[0])
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_SPREADSHEET"));
        api.upload("safety", IMPORTS, "broken.xlsx", Arrays.copyOf(Sheet.withMistakes().xlsx(), 300))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_SPREADSHEET"));

        List<Object> renamed = new ArrayList<>(Xlsx.LEDGER_HEADER);
        renamed.set(1, "身份证");
        renamed.set(6, "证号");
        api.upload("safety", IMPORTS, "renamed.xlsx", Xlsx.sheet("台账", List.of(renamed, row("张三"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_SPREADSHEET"))
                .andExpect(jsonPath("$.detail").value(containsString("身份证号、证书编号")));
        api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(IMPORTS)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.xlsx", null,
                                Xlsx.sheet("Sheet1", List.of(row("名单")))))
                        .header("Authorization", "Bearer " + api.token("safety"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("no header row")));
    }

    @Test
    void more_than_20000_rows_is_422_TOO_MANY_ROWS() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= LedgerReader.MAX_ROWS; i++) {
            rows.add(row("张三", "x"));
        }
        api.upload("safety", IMPORTS, "big.xlsx", Xlsx.ledger(rows))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TOO_MANY_ROWS"));
    }

    @Test
    void template_has_the_header_and_a_help_sheet_and_the_export_masks_every_id_number() throws Exception {
        byte[] template = api.get("safety", "/api/v1/ledger/template")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", LedgerTexts.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, List<List<String>>> sheets = Xlsx.read(template);
        assertThat(sheets).containsOnlyKeys("台账", "说明");
        assertThat(sheets.get("台账").getFirst()).containsExactlyElementsOf(Xlsx.LEDGER_HEADER);
        assertThat(sheets.get("说明").toString()).contains("SPECIAL_OPERATION", "GUARDIAN", "2.1");

        Sheet sheet = Sheet.withMistakes();
        confirm(api.upload("safety", IMPORTS, "a.xlsx", sheet.xlsx()));
        byte[] export = api.get("safety", "/api/v1/ledger/export")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, List<List<String>>> exported = Xlsx.read(export);
        List<List<String>> rows = exported.get("台账");
        assertThat(rows.getFirst()).endsWith("状态");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(sheet.nameA(), IdNumbers.masked(sheet.idA()), "2.1",
                "T" + IdNumbers.masked(sheet.idA())));
        assertThat(rows.size()).isGreaterThan(44);
        String everything = exported.toString();
        assertThat(IdNumbers.CLEAR.matcher(everything).find()).as("a clear ID number in the export").isFalse();
        assertThat(exported.get("说明").toString()).contains("不能直接再导入");
    }

    @Test
    void saving_happens_only_inside_the_confirming_transaction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> confirmation.apply(java.util.UUID.randomUUID(), List.of()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private ResultActions confirm(ResultActions upload) throws Exception {
        String id = ApiClient.read(upload.andExpect(status().isCreated()), "$.id");
        return api.post("safety", IMPORTS + "/{id}/confirm", "", id).andExpect(status().isOk());
    }

    private int workers(String name) throws Exception {
        return ApiClient.read(api.get("safety", "/api/v1/workers?q={q}", name), "$.total");
    }

    private static List<String> codes(ResultActions preview, int rowNo) throws Exception {
        return ApiClient.read(preview, "$.rows[?(@.rowNo == " + rowNo + ")].problems[*].code");
    }

    private static String problem(ResultActions preview, int rowNo, String property) throws Exception {
        List<String> values = ApiClient.read(preview, "$.rows[?(@.rowNo == " + rowNo + ")].problems[0]." + property);
        return values.getFirst();
    }
}
