package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeTest {

    static Notice withLink(String link) {
        return new Notice(Set.of(UUID.randomUUID()), UUID.randomUUID(), "PERMIT_APPROVED", "a.title", "a.body",
                List.of(), link, null);
    }

    @Test
    void a_link_stays_inside_anzuo() {
        assertThat(withLink("/permits/42").link()).isEqualTo("/permits/42");
        assertThat(withLink(null).link()).isNull();
        for (String outside : List.of("https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)",
                "permits/42", "/a b")) {
            assertThatIllegalArgumentException().isThrownBy(() -> withLink(outside));
        }
    }

    @Test
    void kind_is_upper_snake_case() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notice(Set.of(), UUID.randomUUID(), "permit approved",
                "a.title", "a.body", List.of(), null, null));
    }

    @Test
    void missing_arguments_become_empty_texts() {
        Notice notice = new Notice(Set.of(), UUID.randomUUID(), "X", "a.title", "a.body", Arrays.asList("a", null), null,
                null);
        assertThat(notice.args()).containsExactly("a", "");
    }
}
