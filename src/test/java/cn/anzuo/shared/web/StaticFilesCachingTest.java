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
}
