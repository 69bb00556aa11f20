package cn.anzuo.permit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Tapping an NFC checkpoint tag opens the check-in page with the tag's proof; admins create NFC checkpoints. */
@AnzuoTest
class NfcTapPagesTest {

    static final String SUN = "picc_data=EF963FF7828658A599F3041510671E88&cmac=94EED9EE65337086";

    @Autowired MockMvc mvc;

    org.springframework.mock.web.MockHttpSession signIn(String username) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                                .user(username).password(cn.anzuo.support.ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void a_tapped_tag_url_leads_to_the_check_in_page_with_its_sun_message() throws Exception {
        mvc.perform(get("/t/GATE-N?" + SUN).session(signIn("worker")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/onsite/check-in?cp=GATE-N&sun=picc_data%3DEF963FF7828658A599F3041510671E88%26cmac%3D94EED9EE65337086"));
    }

    @Test
    void an_admin_creates_an_nfc_checkpoint_and_sees_its_keys_and_url_once() throws Exception {
        String site = cn.anzuo.support.ApiClient.read(new cn.anzuo.support.ApiClient(mvc).get("admin", "/api/v1/sites"),
                "$.items[0].id");
        String code = Unique.code("NFC");
        var admin = signIn("admin");
        mvc.perform(post("/admin/sites/{id}/checkpoints", site).session(admin).with(csrf()).param("code", code).param("kind", "NFC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SDMMetaReadKey")))
                .andExpect(content().string(containsString("/t/" + code.toUpperCase() + "?picc_data=")));
        mvc.perform(post("/admin/sites/{id}/checkpoints", site).session(admin).with(csrf()).param("code", Unique.code("NFC"))
                        .param("kind", "NFC").param("metaReadKey", "not-hex"))
                .andExpect(content().string(containsString("has-error")));
    }
}
