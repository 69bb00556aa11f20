package cn.anzuo.permit;

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

    public boolean isSystem() {
        return userId == null;
    }
}
