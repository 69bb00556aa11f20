package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.FaceEvent;
import cn.anzuo.permit.FaceOutcome;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.permit.onsite.OnSite;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A face terminal's event (API.md): refused — and kept for audit — without liveness or below the company's
 * {@code faceMinSimilarity}; otherwise the worker is checked in (method {@code FACE}) on every approved or
 * active permit at the terminal's site that names them and whose check-in window is open — unless the company
 * does not allow {@code FACE} check-ins, when the event only confirms who gave a QR or NFC proof.
 */
@Service
public class FaceCheckIns {

    private final WorkPermitRepository permits;
    private final PermitChanges changes;
    private final OnSite onSite;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FaceCheckIns(WorkPermitRepository permits, PermitChanges changes, OnSite onSite, Organization organization,
            ApplicationEventPublisher events, Clock clock) {
        this.permits = permits;
        this.changes = changes;
        this.onSite = onSite;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FaceOutcome record(FaceEvent e) {
        CompanyPolicy policy = organization.policy(e.companyId());
        String refusal = !e.liveness() ? "NO_LIVENESS"
                : e.similarity() < policy.faceMinSimilarity() ? "LOW_SIMILARITY" : null;
        onSite.recordFaceEvent(e.companyId(), e.siteId(), e.deviceId(), e.workerId(), e.occurredAt(), e.similarity(),
                e.liveness(), refusal);
        if (refusal != null) {
            return new FaceOutcome(false, policy.faceMinSimilarity(), List.of());
        }
        SiteView site = organization.site(e.siteId()).orElseThrow();
        List<UUID> checkedIn = new ArrayList<>();
        if (!policy.checkInMethods().contains("FACE")) {
            return new FaceOutcome(true, policy.faceMinSimilarity(), checkedIn); // kept: it still confirms QR/NFC check-ins
        }
        for (WorkPermit permit : permits.atSite(e.siteId(),
                List.of(PermitStatus.APPROVED.name(), PermitStatus.ACTIVE.name()))) {
            boolean named = permit.workerIds().contains(e.workerId()) || e.workerId().equals(permit.guardianId())
                    || e.workerId().equals(permit.leaderId());
            if (!named || permit.checkInRefusal(clock.instant()).isPresent()) {
                continue;
            }
            CheckInRecord record = onSite.checkInByFace(permit.id(), site, e.workerId(), e.deviceId());
            // A terminal's event must not fail for one permit the sweep voided at this moment: its check-in record
            // stays as evidence of presence, the voided permit as the sweep left it.
            changes.changeLoaded(permit, "face check-in",
                    current -> current.checkInRefusal(record.at()).isEmpty() && current.recordCheckIn(record.at()));
            events.publishEvent(new CheckedIn(permit.id(), permit.companyId(), permit.siteId(), e.workerId(), null,
                    record.method().name(), record.at()));
            checkedIn.add(permit.id());
        }
        return new FaceOutcome(true, policy.faceMinSimilarity(), checkedIn);
    }
}
