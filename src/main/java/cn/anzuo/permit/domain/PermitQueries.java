package cn.anzuo.permit.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding permits a user may see. */
@Service
@Transactional
public class PermitQueries {

    static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2999-01-01T00:00:00Z");

    private final WorkPermitRepository permits;
    private final Organization organization;
    private final PermitTimeRules timeRules;

    PermitQueries(WorkPermitRepository permits, Organization organization, PermitTimeRules timeRules) {
        this.permits = permits;
        this.organization = organization;
        this.timeRules = timeRules;
    }

    /** The permit with its time rules applied, if the user may see its company. */
    public WorkPermit visible(CurrentUser user, UUID permitId) {
        return permits.findById(permitId)
                .filter(p -> organization.canSee(user, p.companyId()))
                .map(timeRules::refresh)
                .orElseThrow(() -> new RecordNotFound("permit", permitId));
    }

    public List<WorkPermit> search(Set<UUID> companies, PermitStatus status, WorkType type, UUID siteId, Instant from,
            Instant to) {
        // Only the permits found are brought up to date (not a sweep of every company's): one that has
        // just turned VOIDED or EXPIRED drops out of a status filter here; the job lists it within 30 s.
        return permits.search(companies, status == null ? "" : status.name(), type == null ? "" : type.name(),
                        siteId == null ? "" : siteId.toString(), from == null ? BEGINNING : from, to == null ? END : to)
                .stream()
                .map(timeRules::refresh)
                .filter(p -> status == null || p.status() == status)
                .toList();
    }

    /** Pending permits of the user's company with an open step of one of their roles that they may decide. */
    public List<WorkPermit> pendingFor(CurrentUser user) {
        return permits.pendingIn(user.companyId()).stream()
                .filter(p -> mayDecide(user, p))
                .toList();
    }

    /** Whether the user may decide a step of the permit now (same guard as the decision itself). */
    public boolean mayDecide(CurrentUser user, WorkPermit permit) {
        return permit.companyId().equals(user.companyId()) && permit.refusalFor(user.id(), user.roles()).isEmpty();
    }

    /** The applicant's last permit, to prefill the next application. */
    public java.util.Optional<WorkPermit> lastOf(UUID applicantId) {
        return permits.lastOf(applicantId).stream().findFirst();
    }

    /** The permits a person works on (as leader, guardian or worker) whose window overlaps [from, to), time rules applied. */
    public List<WorkPermit> ofWorker(UUID workerId, Instant from, Instant to) {
        return permits.ofWorker(workerId, from, to).stream().map(timeRules::refresh).toList();
    }
}
