package cn.anzuo.notification.web;

import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.channel.ChannelSettings;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知渠道: the company admin sets the group robots and SMS, and sees the deliveries that failed. */
@Controller
@RequestMapping("/admin/channels")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class ChannelPageController {

    private final ChannelSettings settings;
    private final ChannelDeliveries deliveries;

    ChannelPageController(ChannelSettings settings, ChannelDeliveries deliveries) {
        this.settings = settings;
        this.deliveries = deliveries;
    }

    @Bean
    static HomeTile channelTile() {
        return new HomeTile(HomeTile.ADMIN, 52, "tile.channels", "📣", "/admin/channels", Set.of(Role.COMPANY_ADMIN), false);
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        return page(me, model);
    }

    @PostMapping
    String save(CurrentUser me, @RequestParam(required = false) String wecomUrl,
            @RequestParam(required = false) String dingtalkUrl, @RequestParam(required = false) String dingtalkSecret,
            @RequestParam(required = false) String feishuUrl, @RequestParam(required = false) String feishuSecret,
            @RequestParam(defaultValue = "false") boolean sms, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            settings.change(me.companyId(), new ChannelSettings.Channels(robot(wecomUrl, null),
                    robot(dingtalkUrl, dingtalkSecret), robot(feishuUrl, feishuSecret), sms), me.id());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/channels";
        } catch (BusinessProblem problem) {
            response.setStatus(422);
            model.addAttribute("errorField", problem.field());
            return page(me, model);
        }
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("channels", ChannelApiController.ChannelsBody.masked(settings.of(me.companyId())));
        model.addAttribute("failed", deliveries.list(me.companyId(), ChannelDeliveries.Status.FAILED, 0, 20));
        return "notification/channels";
    }

    private static ChannelSettings.Robot robot(String url, String secret) {
        return url == null || url.isBlank() ? null : new ChannelSettings.Robot(url, secret);
    }
}
