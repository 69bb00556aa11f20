package cn.anzuo.permit.domain;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;

/**
 * How a permit's life ended: when, and for a permit that ended without 完工验收 the cause and the words given (a
 * cancellation's reason). A closed permit has the moment only.
 */
public record PermitEnd(@Column("ended_at") Instant at, @Column("end_cause") EndCause cause,
        @Column("end_reason") String reason) {

    static PermitEnd closed(Instant at) {
        return new PermitEnd(at, null, null);
    }
}
