package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events carrying an {@link Actor} are stored as JSON in the event publication table and read back when a node
 * restarts with unfinished publications: a second start of the demo once failed on {@code "system":false}.
 */
class ActorJsonTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_user_and_the_system_survive_a_round_trip() {
        Actor user = Actor.user(UUID.randomUUID());
        Actor system = Actor.system("ALARM");
        assertThat(json.readValue(json.writeValueAsString(user), Actor.class)).isEqualTo(user);
        assertThat(json.readValue(json.writeValueAsString(system), Actor.class)).isEqualTo(system);
        assertThat(json.writeValueAsString(user)).doesNotContain("\"system\":false");
    }

    @Test
    void publications_written_with_the_boolean_beside_the_user_are_still_read() {
        UUID id = UUID.randomUUID();
        assertThat(json.readValue("{\"userId\":\"%s\",\"system\":false}".formatted(id), Actor.class))
                .isEqualTo(Actor.user(id));
        assertThat(json.readValue("{\"userId\":null,\"system\":true}", Actor.class).bySystem()).isTrue();
    }
}
