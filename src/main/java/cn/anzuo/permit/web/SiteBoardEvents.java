package cn.anzuo.permit.web;

import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitCompleted;
import cn.anzuo.permit.PermitExpired;
import cn.anzuo.permit.PermitResumed;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.PermitSuspended;
import cn.anzuo.permit.PermitVoided;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.shared.web.LiveHub;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a permit of a site changed (and the change is committed), every page showing the site (现场看板) gets a
 * {@code refresh} hint on its live stream and reloads its list. Best effort: a board that misses one still polls every
 * 15 s. Plain event listeners: see {@link LiveHub} for why not transactional ones.
 */
@Component
class SiteBoardEvents {

    private final LiveHub live;
    private final WorkPermitRepository permits;

    SiteBoardEvents(LiveHub live, WorkPermitRepository permits) {
        this.live = live;
        this.permits = permits;
    }

    private void refresh(UUID siteId, UUID permitId) {
        live.toSite(siteId, "refresh", permitId.toString());
    }

    @EventListener
    void on(PermitStarted e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitSuspended e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitResumed e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitCompleted e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitClosed e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitVoided e) { refresh(e.siteId(), e.permitId()); }

    @EventListener
    void on(PermitExpired e) { refresh(e.siteId(), e.permitId()); }

    /** The approval event carries no site: look it up (in the approving transaction, so the permit is there). */
    @EventListener
    void on(PermitApproved e) {
        permits.findById(e.permitId()).ifPresent(p -> refresh(p.siteId(), p.id()));
    }
}
