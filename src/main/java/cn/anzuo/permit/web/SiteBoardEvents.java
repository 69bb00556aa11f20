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
import cn.anzuo.shared.web.LiveStreams;
import java.util.UUID;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open 现场看板 connections per site. After a permit of the site changed (and the change is committed), each
 * board gets a {@code refresh} event and reloads its list. Best effort: a board that misses one still polls every
 * 15 s. Plain event listeners pushing after commit: see {@link LiveStreams} for why not transactional ones.
 */
@Component
class SiteBoardEvents {

    private final LiveStreams<UUID> boards = new LiveStreams<>();
    private final WorkPermitRepository permits;

    SiteBoardEvents(WorkPermitRepository permits) {
        this.permits = permits;
    }

    SseEmitter subscribe(UUID siteId) {
        return boards.subscribe(siteId);
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        boards.closeAll();
    }

    private void refresh(UUID siteId, UUID permitId) {
        boards.pushAfterCommit(siteId, "refresh", permitId.toString());
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
