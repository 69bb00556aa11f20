package cn.anzuo.notification.web;

import cn.anzuo.notification.domain.InboxItemStored;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.LiveHub;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /live}: the one live stream of a signed-in page (ADR 0062), opened by app.js when the layout names it.
 * With {@code site}, the page shows that site (the board), which must be visible to the user (else 404). Also turns a
 * stored inbox item into an {@code inbox} hint to its user's pages, so the badge updates without a reload.
 */
@Controller
class LiveController {

    private final LiveHub live;
    private final Organization organization;

    LiveController(LiveHub live, Organization organization) {
        this.live = live;
        this.organization = organization;
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(CurrentUser me, @RequestParam(required = false) UUID site) {
        UUID siteId = site == null ? null : organization.visibleSite(me, site).id();
        return live.open(me.id(), me.companyId(), siteId);
    }

    @EventListener
    void on(InboxItemStored e) {
        live.toUser(e.userId(), "inbox", e.itemId().toString());
    }
}
