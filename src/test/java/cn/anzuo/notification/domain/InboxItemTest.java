package cn.anzuo.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxItemTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    static InboxItem anItem(String dedupKey, UUID userId) {
        return InboxItem.create(userId, UUID.randomUUID(), "CERTIFICATE_EXPIRED", "t", "b",
                List.of("郑海", "熔化焊接与热切割作业", "4.1", "2026-12-01"), null, dedupKey, NOW);
    }

    @Test
    void a_new_item_is_unread_and_keeps_its_arguments_in_order() {
        InboxItem item = anItem(null, UUID.randomUUID());
        assertThat(item.isRead()).isFalse();
        assertThat(item.args()).containsExactly("郑海", "熔化焊接与热切割作业", "4.1", "2026-12-01");
    }

    @Test
    void marking_read_records_the_time_once() {
        InboxItem item = anItem(null, UUID.randomUUID());
        assertThat(item.markRead(NOW.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(item.markRead(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(item.readAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void an_item_is_never_read_before_it_was_created() {
        InboxItem item = anItem(null, UUID.randomUUID());
        item.markRead(NOW.minusSeconds(30));
        assertThat(item.readAt()).isEqualTo(NOW);
    }

    @Test
    void the_same_occasion_for_the_same_user_has_the_same_id() {
        UUID user = UUID.randomUUID();
        assertThat(anItem("CERTIFICATE_EXPIRED:c1:2026-12-01", user).id())
                .isEqualTo(anItem("CERTIFICATE_EXPIRED:c1:2026-12-01", user).id())
                .isNotEqualTo(anItem("CERTIFICATE_EXPIRED:c1:2026-12-01", UUID.randomUUID()).id())
                .isNotEqualTo(anItem("CERTIFICATE_EXPIRED:c2:2026-12-01", user).id());
        assertThat(anItem(null, user).id()).isNotEqualTo(anItem(null, user).id());
    }
}
