package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox page, its htmx fragments and the unread badge in the navigation. */
@AnzuoTest
class InboxPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Notifications notifications;
    @Autowired Inbox inbox;
    @Autowired MutableClock clock;

    UUID leaderId;
    UUID demoId;

    @BeforeEach
    void ids() throws Exception {
        leaderId = UUID.fromString(ApiClient.read(api.get("leader", "/api/v1/me"), "$.id"));
        demoId = UUID.fromString(ApiClient.read(api.get("leader", "/api/v1/me"), "$.companyId"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    String noticeForLeader(String link) {
        String worker = "郑" + Unique.code("P");
        notifications.notify(new Notice(Set.of(leaderId), demoId, "CERTIFICATE_EXPIRING",
                "notification.certificateExpiring.title", "notification.certificateExpiring.body",
                List.of(worker, "熔化焊接与热切割作业", "4.1", "2026-12-15"), link, null));
        return worker;
    }

    @Test
    void leader_reads_the_inbox_newest_first_with_unread_items_marked() throws Exception {
        clock.fixAt(Instant.now().minusSeconds(1));
        String older = noticeForLeader(null);
        clock.reset();
        String newer = noticeForLeader("/inbox?from=test");
        String html = mvc.perform(get("/inbox").session(signIn("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>消息</h1>")))
                .andExpect(content().string(containsString("全部标为已读")))
                .andExpect(content().string(containsString("inbox-item unread")))
                .andExpect(content().string(containsString("href=\"/inbox?from=test\"")))
                .andExpect(content().string(containsString(newer + " 的 熔化焊接与热切割作业(4.1)将于 2026-12-15 到期")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf(newer)).isLessThan(html.indexOf(older));
    }

    @Test
    void the_badge_shows_the_unread_count_and_disappears_after_mark_all_read() throws Exception {
        noticeForLeader(null);
        MockHttpSession leader = signIn("leader");
        long unread = inbox.unreadCount(leaderId);
        mvc.perform(get("/inbox/badge").header("HX-Request", "true").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"inbox-count\"")))
                .andExpect(content().string(containsString(">" + (unread > 99 ? "99+" : String.valueOf(unread)) + "<")));

        mvc.perform(post("/inbox/read-all").header("HX-Request", "true").session(leader).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "inbox-changed"))
                .andExpect(content().string(containsString("id=\"inbox\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("inbox-item unread"))));
        mvc.perform(get("/inbox/badge").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("inbox-count"))))
                .andExpect(content().string(containsString("<span id=\"inbox-badge-top\" hx-swap-oob=\"innerHTML\"></span>")))
                .andExpect(content().string(containsString("<span id=\"inbox-badge-bottom\" hx-swap-oob=\"innerHTML\"></span>")));
    }

    @Test
    void marking_one_read_works_without_javascript() throws Exception {
        noticeForLeader(null);
        String id = ApiClient.read(api.get("leader", "/api/v1/notifications?unreadOnly=true"), "$.items[0].id");
        mvc.perform(post("/inbox/{id}/read", id).session(signIn("leader")).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        api.get("leader", "/api/v1/notifications?unreadOnly=true")
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }

    @Test
    void another_users_item_is_404_and_posts_need_a_csrf_token() throws Exception {
        noticeForLeader(null);
        String id = ApiClient.read(api.get("leader", "/api/v1/notifications"), "$.items[0].id");
        mvc.perform(post("/inbox/{id}/read", id).session(signIn("safety")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/inbox/read-all").session(signIn("leader"))).andExpect(status().isForbidden());
    }

    @Test
    void every_page_links_the_inbox_with_a_lazy_badge_and_the_home_page_has_a_tile() throws Exception {
        mvc.perform(get("/").session(signIn("worker")))
                .andExpect(content().string(containsString("href=\"/inbox\"")))
                .andExpect(content().string(containsString("hx-get=\"/inbox/badge\"")))
                .andExpect(content().string(containsString("证书到期提醒与通知")));
        mvc.perform(get("/inbox").session(signIn("worker")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<h1>Messages</h1>")));
    }

    @Test
    void the_inbox_needs_a_login() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inbox/badge")).andExpect(status().is3xxRedirection());
    }
}
