package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Static files are linked by content-hash URLs and may be kept a year; pages themselves are never stored. */
@AnzuoTest
class StaticFilesCachingTest {

    @Autowired MockMvc mvc;

    @Test
    void pages_link_versioned_static_files_that_browsers_keep_for_a_year() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"").matcher(login);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1));
        }
        assertThat(urls).isNotEmpty().allMatch(url -> url.matches(".*-[0-9a-f]{32}\\.[a-z]+"), "carries a content hash");
        for (String url : urls) {
            String cacheControl = mvc.perform(get(url)).andExpect(status().isOk())
                    .andReturn().getResponse().getHeader("Cache-Control");
            assertThat(cacheControl).as(url).contains("max-age=31536000", "public").doesNotContain("no-store");
        }
    }

    @Test
    void only_links_to_files_go_through_the_resource_chain() {
        assertThat(StaticLinksOnly.staticFile("/css/app.css")).isTrue();
        assertThat(StaticLinksOnly.staticFile("/webjars/htmx.org/dist/htmx.min.js?v=2")).isTrue();
        assertThat(StaticLinksOnly.staticFile("/favicon.ico")).isTrue();
        assertThat(StaticLinksOnly.staticFile("/permits/0b6e/decide")).isFalse();
        assertThat(StaticLinksOnly.staticFile("/qualification/workers?q=a.b")).isFalse();
        assertThat(StaticLinksOnly.staticFile("/p/DH-2026.12#trace")).isTrue(); // looked up, then left as it is
    }

    @Test
    void a_signed_in_page_still_links_fingerprinted_files_and_plain_page_links() throws Exception {
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user("leader").password(cn.anzuo.support.ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        String page = mvc.perform(get("/permits").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("href=\"/css/[a-z-]+-[0-9a-f]{32}\\.css\"")
                .contains("href=\"/approvals\"", "href=\"/permits/apply\"");
    }
}
