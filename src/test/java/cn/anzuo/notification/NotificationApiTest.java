package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/v1/notifications}: the caller's own inbox, nobody else's. */
@AnzuoTest
class NotificationApiTest {

    static final String PASSWORD = "long-enough";

    @Autowired ApiClient api;
    @Autowired Notifications notifications;
    @Autowired MutableClock clock;
    @Autowired cn.anzuo.notification.domain.Inbox inbox;

    UUID demoId;
    String reader;
    String other;
    UUID readerId;

    @BeforeEach
    void twoFreshUsers() throws Exception {
        demoId = UUID.fromString(ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId"));
        reader = newUser();
        other = newUser();
        readerId = UUID.fromString(ApiClient.read(api.get(reader, "/api/v1/me"), "$.id"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String newUser() throws Exception {
        String username = Unique.username("n");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","displayName":"冯静","companyId":"%s","roles":["WORKER"]}
                """.formatted(username, PASSWORD, demoId)).andExpect(status().isCreated());
        api.token(username, PASSWORD);
        return username;
    }

    /** A new notice about {@code worker} for the reader, created at {@code at}; returns its id. */
    String notice(UUID to, String worker, Instant at) throws Exception {
        clock.fixAt(at);
        notifications.notify(new Notice(Set.of(to), demoId, "CERTIFICATE_EXPIRED", "notification.certificateExpired.title",
                "notification.certificateExpired.body", List.of(worker, "高处作业", "5.1", "2026-11-30"), "/inbox", null));
        List<String> ids = ApiClient.read(api.get(reader, "/api/v1/notifications"),
                "$.items[?(@.body =~ /" + worker + " .*/)].id");
        return ids.getFirst();
    }

    @Test
    void lists_my_notifications_newest_first_in_my_language() throws Exception {
        notice(readerId, "张一", Instant.parse("2026-12-01T01:00:00Z"));
        notice(readerId, "张二", Instant.parse("2026-12-01T02:00:00Z"));

        api.get(reader, "/api/v1/notifications")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].title").value("证书已过期"))
                .andExpect(jsonPath("$.items[0].body").value("张二 的 高处作业(5.1)已于 2026-11-30 过期,不得再安排其从事相关作业。"))
                .andExpect(jsonPath("$.items[0].kind").value("CERTIFICATE_EXPIRED"))
                .andExpect(jsonPath("$.items[0].link").value("/inbox"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[1].body").value(startsWith("张一")));
        api.mvc().perform(get("/api/v1/notifications").header("Authorization", "Bearer " + api.token(reader))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].title").value("Certificate expired"));
        api.get(other, "/api/v1/notifications").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void marking_read_counts_down_and_is_idempotent() throws Exception {
        String first = notice(readerId, "李一", Instant.parse("2026-12-01T01:00:00Z"));
        notice(readerId, "李二", Instant.parse("2026-12-01T02:00:00Z"));
        api.get(reader, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.unread").value(2));

        clock.fixAt(Instant.parse("2026-12-01T03:00:00Z"));
        api.post(reader, "/api/v1/notifications/{id}/read", "", first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.read").value(true))
                .andExpect(jsonPath("$.readAt").value("2026-12-01T03:00:00Z"));
        clock.fixAt(Instant.parse("2026-12-01T04:00:00Z"));
        api.post(reader, "/api/v1/notifications/{id}/read", "", first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").value("2026-12-01T03:00:00Z"));

        api.get(reader, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.unread").value(1));
        api.get(reader, "/api/v1/notifications?unreadOnly=true")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(first))));
        api.post(reader, "/api/v1/notifications/read-all", "").andExpect(jsonPath("$.marked").value(1));
        api.get(reader, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void opening_notices_while_all_are_marked_read_fails_neither_and_leaves_none_unread() throws Exception {
        for (int round = 0; round < 5; round++) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(UUID.fromString(notice(readerId, "并" + round + "x" + i, clock.instant().plusSeconds(1))));
            }
            try (ExecutorService two = Executors.newFixedThreadPool(2)) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> all = two.submit(() -> {
                    together.await();
                    return inbox.markAllRead(readerId);
                });
                Future<Integer> oneByOne = two.submit(() -> {
                    together.await();
                    int markedHere = 0;
                    for (UUID id : ids) {
                        markedHere += inbox.markRead(readerId, id).isRead() ? 1 : 0;
                    }
                    return markedHere;
                });
                assertThat(all.get()).as("at most each once").isBetween(0, ids.size());
                assertThat(oneByOne.get()).as("every opened item comes back read").isEqualTo(ids.size());
            }
            api.get(reader, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.unread").value(0));
        }
    }

    @Test
    void another_users_notification_is_404_and_stays_unread() throws Exception {
        String mine = notice(readerId, "王一", Instant.parse("2026-12-01T01:00:00Z"));
        api.post(other, "/api/v1/notifications/{id}/read", "", mine)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.post("admin", "/api/v1/notifications/{id}/read", "", mine).andExpect(status().isNotFound());
        api.post(reader, "/api/v1/notifications/{id}/read", "", UUID.randomUUID()).andExpect(status().isNotFound());
        api.get(reader, "/api/v1/notifications").andExpect(jsonPath("$.items[0].readAt").value(nullValue()));
    }

    @Test
    void bad_input_is_400_and_no_token_is_401() throws Exception {
        api.post(reader, "/api/v1/notifications/{id}/read", "", "not-a-uuid")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get(reader, "/api/v1/notifications?unreadOnly=perhaps")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get(reader, "/api/v1/notifications?page=-3&size=100000").andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(200));
        api.get(null, "/api/v1/notifications")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        api.get(null, "/api/v1/notifications/unread-count").andExpect(status().isUnauthorized());
        api.post(null, "/api/v1/notifications/{id}/read", "", UUID.randomUUID()).andExpect(status().isUnauthorized());
        api.post(null, "/api/v1/notifications/read-all", "").andExpect(status().isUnauthorized());
    }

    @Test
    void the_endpoints_are_described_in_the_openapi_document() throws Exception {
        api.get(null, "/v3/api-docs")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/notifications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/unread-count'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/{id}/read'].post.summary")
                        .value("Mark one of my notifications read"));
    }
}
