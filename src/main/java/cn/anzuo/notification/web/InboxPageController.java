package cn.anzuo.notification.web;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page (站内信) and the unread badge of the navigation. Marking read works as a plain form
 * post; with htmx the list is swapped in place and {@code inbox-changed} refreshes the badges.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxPageController {

    static final int PAGE_SIZE = 20;
    static final String CHANGED = "inbox-changed";

    private final Inbox inbox;
    private final NoticeTexts texts;
    private final Organization organization;

    InboxPageController(Inbox inbox, NoticeTexts texts, Organization organization) {
        this.inbox = inbox;
        this.texts = texts;
        this.organization = organization;
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        list(me, page, model);
        return htmx != null ? "notification/inbox :: list" : "notification/inbox";
    }

    @GetMapping("/badge")
    String badge(CurrentUser me, Model model) {
        model.addAttribute("unread", inbox.unreadCount(me.id()));
        return "notification/badge :: badge";
    }

    @PostMapping("/{id}/read")
    String markRead(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        inbox.markRead(me.id(), id);
        return afterChange(me, page, htmx, model, response);
    }

    @PostMapping("/read-all")
    String markAllRead(CurrentUser me, @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        int marked = inbox.markAllRead(me.id());
        if (htmx == null && marked > 0) {
            redirect.addFlashAttribute("flash", texts.text("notification.allRead", LocaleContextHolder.getLocale()));
        }
        return afterChange(me, page, htmx, model, response);
    }

    private String afterChange(CurrentUser me, Integer page, String htmx, Model model, HttpServletResponse response) {
        if (htmx == null) {
            return page == null || page <= 0 ? "redirect:/inbox" : "redirect:/inbox?page=" + page;
        }
        response.setHeader("HX-Trigger", CHANGED);
        list(me, page, model);
        return "notification/inbox :: list";
    }

    private void list(CurrentUser me, Integer page, Model model) {
        PageResult<InboxItem> items = inbox.page(me.id(), false, PageRequestParams.of(page, PAGE_SIZE));
        model.addAttribute("entries", items.items().stream()
                .map(item -> texts.entry(item, LocaleContextHolder.getLocale()))
                .toList());
        model.addAttribute("page", items.page());
        model.addAttribute("pages", (items.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("unread", inbox.unreadCount(me.id()));
        model.addAttribute("zone", organization.policy(me.companyId()).zone());
    }
}
