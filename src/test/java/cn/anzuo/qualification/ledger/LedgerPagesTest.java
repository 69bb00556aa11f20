package cn.anzuo.qualification.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.Unique;
import cn.anzuo.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: upload with the error beside the file field, preview, confirm once, downloads. */
@AnzuoTest
class LedgerPagesTest {

    @Autowired MockMvc mvc;

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andReturn().getRequest().getSession();
    }

    @Test
    void safety_officer_sees_the_tile_and_the_upload_form_with_template_and_export_links() throws Exception {
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/").session(safety)).andExpect(content().string(containsString("/qualification/import")));
        mvc.perform(get("/qualification/import").session(safety))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("/qualification/ledger/template")))
                .andExpect(content().string(containsString("/qualification/ledger/export")));
        mvc.perform(get("/qualification/ledger/template").session(safety))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void a_file_that_is_not_xlsx_is_named_beside_the_file_field() throws Exception {
        mvc.perform(multipart("/qualification/import")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                        .session(signIn("safety")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("这不是 Excel .xlsx 文件")));
    }

    @Test
    void upload_redirects_to_the_preview_and_confirming_twice_shows_the_refusal() throws Exception {
        MockHttpSession safety = signIn("safety");
        String idNumber = IdNumbers.next();
        List<Object> row = new ArrayList<>(List.of(Unique.personName("林"), idNumber, "", "", "监护人证", "GUARDIAN",
                "JH-7", "", "2025-02-01", "", ""));
        String preview = mvc.perform(multipart("/qualification/import")
                        .file(new MockMultipartFile("file", "a.xlsx", null, Xlsx.ledger(List.of(row))))
                        .session(safety).with(csrf()))
                .andExpect(redirectedUrlPattern("/qualification/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(preview).session(safety))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-form\"")))
                .andExpect(content().string(containsString(IdNumbers.masked(idNumber))))
                .andExpect(content().string(not(containsString(idNumber))));
        mvc.perform(post(preview + "/confirm").session(safety).with(csrf()))
                .andExpect(flash().attribute("flash", "导入完成:1 名人员,1 本证书。"));
        mvc.perform(post(preview + "/confirm").session(safety).with(csrf()))
                .andExpect(flash().attribute("confirmError", "该导入已经确认过,不能再次确认。"));
        mvc.perform(get(preview).session(safety))
                .andExpect(content().string(containsString("id=\"result\"")))
                .andExpect(content().string(not(containsString("id=\"confirm-form\""))))
                .andExpect(content().string(matchesPattern("(?s).*已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 确认导入.*")));
    }

    @Test
    void workers_may_not_open_the_import_and_other_companies_do_not_see_it() throws Exception {
        mvc.perform(get("/qualification/import").session(signIn("worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/qualification/import/" + java.util.UUID.randomUUID()).session(signIn("safety")))
                .andExpect(status().isNotFound());
    }
}
