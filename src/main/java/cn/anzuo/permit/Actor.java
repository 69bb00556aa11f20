package cn.anzuo.permit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/**
 * Who moved a permit: a signed-in user, or the system with the rule that acted (an alarm, the check-in
 * window, the planned end). Exactly one of the two is set.
 */
public record Actor(UUID userId, String system) {

    public Actor {
        if ((userId == null) == (system == null || system.isBlank())) {
            throw new IllegalArgumentException("an actor is a user or the system, not both or neither");
        }
    }

    public static Actor user(UUID userId) {
        return new Actor(Objects.requireNonNull(userId), null);
    }

    /** The system acting by a rule, e.g. {@code ALARM} or {@code NO_CHECK_IN}. */
    public static Actor system(String rule) {
        return new Actor(null, rule);
    }

    /**
     * Reads an actor from an event publication (Modulith republishes unfinished ones at start). Publications
     * written before {@link #bySystem} was hidden from JSON carry {@code "system":false} (or {@code true}) beside
     * the user: that boolean is not a rule name. A start must not fail on them.
     */
    @JsonCreator
    static Actor fromJson(@JsonProperty("userId") UUID userId, @JsonProperty("system") Object system) {
        if (system instanceof Boolean || "true".equals(system) || "false".equals(system)) {
            return userId != null ? user(userId) : system("SYSTEM");
        }
        return new Actor(userId, system == null ? null : system.toString());
    }

    @JsonIgnore
    public boolean bySystem() {
        return userId == null;
    }
}
