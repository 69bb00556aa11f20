package cn.anzuo.permit.domain;

import cn.anzuo.permit.Actor;
import cn.anzuo.permit.PermitStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a permit's history: what was done ({@code action}), by whom, when, and the status
 * before and after. Entries are only ever appended; {@code from == to} for acts that do not change
 * the status (an approval step of several, the shift leader's check, one of two acceptances).
 */
@Table("permit_transition")
public record PermitTransition(Instant occurredAt, String action, PermitStatus fromStatus, PermitStatus toStatus,
        UUID actorUserId, String actorSystem, String reason) {

    static PermitTransition of(Instant at, String action, PermitStatus from, PermitStatus to, Actor by, String reason) {
        return new PermitTransition(at, action, from, to, by.userId(), by.system(), reason);
    }

    public Actor actor() {
        return new Actor(actorUserId, actorSystem);
    }
}
