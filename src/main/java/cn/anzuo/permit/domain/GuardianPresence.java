package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.SiteSuspension;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The guardian (监护人) must stay with the work (GB 30871 4.6): while a permit is active the guardian's phone
 * reports its position every 30 s. Outside the site's fence → the work is suspended at once; no report for the
 * company's {@code guardianAbsenceMinutes} (default 5) → suspended by a job that runs every 15 s on one node,
 * so within a minute of the limit. Cause {@code GUARDIAN_ABSENT}; resuming needs the guardian reported back
 * inside since.
 */
@Service
public class GuardianPresence {

    static final String RULE = "GUARDIAN_ABSENT";

    private final ActiveWork.Finder activeWork;
    private final PermitQueries queries;
    private final OnSite onSite;
    private final Organization organization;
    private final SiteSuspensions suspensions;
    private final Clock clock;

    GuardianPresence(ActiveWork.Finder activeWork, PermitQueries queries, OnSite onSite, Organization organization,
            SiteSuspensions suspensions, Clock clock) {
        this.activeWork = activeWork;
        this.queries = queries;
        this.onSite = onSite;
        this.organization = organization;
        this.suspensions = suspensions;
        this.clock = clock;
    }

    /** The guardian reports; outside the fence suspends the permit (after this report is stored). */
    public OnSite.Presence report(CurrentUser user, UUID permitId, double latitude, double longitude, double accuracy) {
        WorkPermit permit = queries.visible(user, permitId);
        if (user.workerId() == null || !user.workerId().equals(permit.guardianId())) {
            throw new NotAllowed();
        }
        if (permit.status() != PermitStatus.ACTIVE && permit.status() != PermitStatus.SUSPENDED) {
            throw PermitProblems.illegalTransition(permit.status().name(), "presence");
        }
        SiteView site = organization.site(permit.siteId()).orElseThrow();
        OnSite.Presence presence = onSite.reportPresence(permit.id(), site, latitude, longitude, accuracy);
        if (!presence.inside() && permit.status() == PermitStatus.ACTIVE) {
            suspend(permit.id(), permit.siteId(),
                    "监护人离开作业区域(距中心 %d 米)".formatted(Math.round(presence.distanceMeters())));
        }
        return presence;
    }

    @Scheduled(fixedDelayString = "${anzuo.permit.presence-interval:PT15S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "guardian-presence", lockAtMostFor = "PT2M")
    public void scheduled() {
        suspendAbsent();
    }

    /** Suspends the active permits whose guardian has been silent or outside past the limit; returns their ids. */
    public List<UUID> suspendAbsent() { // no surrounding transaction: each permit is suspended in its own
        Instant now = clock.instant();
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        List<UUID> suspended = new ArrayList<>();
        for (ActiveWork work : activeWork.all()) {
            CompanyPolicy policy = policies.computeIfAbsent(work.companyId(), organization::policy);
            Duration limit = Duration.ofMinutes(policy.guardianAbsenceMinutes());
            Optional<OnSite.Presence> since = Optional.ofNullable(work.presence())
                    .filter(p -> p.at().isAfter(work.activeSince()));
            Instant heardAt = since.map(OnSite.Presence::at).orElse(work.activeSince());
            boolean outside = since.map(p -> !p.inside()).orElse(false);
            if (outside || !heardAt.plus(limit).isAfter(now)) {
                String reason = outside ? "监护人离开作业区域" : "监护人 %d 分钟未报到位置".formatted(policy.guardianAbsenceMinutes());
                suspend(work.id(), work.siteId(), reason).ifPresent(suspended::add);
            }
        }
        return suspended;
    }

    private Optional<UUID> suspend(UUID permitId, UUID siteId, String reason) {
        return suspensions.suspendOne(permitId,
                new SiteSuspension(siteId, SuspensionCause.GUARDIAN_ABSENT, reason, null, false, RULE));
    }
}
