package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.TraceFlag;
import cn.anzuo.archive.domain.TraceFlags;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The auditor's list of flagged permits, shared by the API and the page: flags from the trace, the rest from the permit. */
@Component
class FlaggedPermits {

    private final TraceFlags flags;
    private final Permits permits;

    FlaggedPermits(TraceFlags flags, Permits permits) {
        this.flags = flags;
        this.permits = permits;
    }

    /** One flagged permit; {@code since} is its first recorded event (submission). */
    record FlaggedPermit(UUID permitId, String number, WorkType type, PermitStatus status, Instant since,
            List<TraceFlag> flags) {}

    /**
     * The company's flagged permits, newest first. The trace is already per company; the permit's own company is
     * checked again so that no trace row filed under the wrong company could ever show another company's permit.
     */
    List<FlaggedPermit> of(UUID companyId, TraceFlag only) {
        return flags.flagged(companyId, only).stream()
                .map(f -> permits.find(f.permitId()).filter(p -> p.companyId().equals(companyId))
                        .map(p -> view(p, f)).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private static FlaggedPermit view(PermitRecord p, TraceFlags.Flagged f) {
        return new FlaggedPermit(p.id(), p.number(), p.type(), p.status(), f.since(), f.flags());
    }
}
