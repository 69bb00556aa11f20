package cn.anzuo.notification.web;

import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.channel.ChannelSettings;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A company's notification channels (group robots, SMS) and its deliveries (API.md "Channels"). */
@RestController
@Tag(name = "Notifications")
class ChannelApiController {

    private final ChannelSettings settings;
    private final ChannelDeliveries deliveries;
    private final Organization organization;

    ChannelApiController(ChannelSettings settings, ChannelDeliveries deliveries, Organization organization) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.organization = organization;
    }

    record RobotBody(String webhookUrl, String secret) {}

    record SmsBody(boolean enabled) {}

    record ChannelsBody(RobotBody wecom, RobotBody dingtalk, RobotBody feishu, SmsBody sms) {

        /** Secrets are write-only: answered as "••••" plus their last two characters, or null. */
        static ChannelsBody masked(ChannelSettings.Channels c) {
            return new ChannelsBody(robot(c.wecom(), false), robot(c.dingtalk(), true), robot(c.feishu(), true),
                    new SmsBody(c.sms()));
        }

        private static RobotBody robot(ChannelSettings.Robot r, boolean signed) {
            if (r == null) {
                return null;
            }
            String secret = !signed || r.secret() == null ? null
                    : "••••" + r.secret().substring(Math.max(0, r.secret().length() - 2));
            return new RobotBody(r.webhookUrl(), secret);
        }

        ChannelSettings.Channels toChannels() {
            return new ChannelSettings.Channels(robot(wecom), robot(dingtalk), robot(feishu), sms != null && sms.enabled());
        }

        private static ChannelSettings.Robot robot(RobotBody body) {
            return body == null ? null : new ChannelSettings.Robot(body.webhookUrl(), body.secret());
        }
    }

    @GetMapping("/api/v1/companies/{id}/channels")
    @Operation(summary = "The company's channels (COMPANY_ADMIN); secrets answered masked")
    ChannelsBody get(CurrentUser me, @PathVariable UUID id) {
        requireAdmin(me, id);
        return ChannelsBody.masked(settings.of(id));
    }

    @PutMapping("/api/v1/companies/{id}/channels")
    @Operation(summary = "Replace the company's channels (COMPANY_ADMIN)",
            description = "A robot without a secret keeps its stored secret; without a webhookUrl it is removed. "
                    + "422 INVALID_WEBHOOK (not an http(s) URL)")
    ChannelsBody put(CurrentUser me, @PathVariable UUID id, @RequestBody ChannelsBody body) {
        requireAdmin(me, id);
        return ChannelsBody.masked(settings.change(id, body.toChannels(), me.id()));
    }

    @GetMapping("/api/v1/notifications/deliveries")
    @Operation(summary = "Deliveries to the company's channels (COMPANY_ADMIN, SAFETY_OFFICER), e.g. status=FAILED")
    PageResult<ChannelDeliveries.Delivery> deliveries(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) ChannelDeliveries.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(me, companyId);
        if (!me.hasAny(Role.COMPANY_ADMIN, Role.GROUP_ADMIN, Role.SAFETY_OFFICER)) {
            throw new NotAllowed();
        }
        PageRequestParams p = PageRequestParams.of(page, size);
        return new PageResult<>(deliveries.list(company, status, p.offset(), p.size()), p.page(), p.size(),
                deliveries.count(company, status));
    }

    private void requireAdmin(CurrentUser me, UUID companyId) {
        organization.requireVisible(me, companyId);
        if (!me.hasAny(Role.COMPANY_ADMIN, Role.GROUP_ADMIN)) {
            throw new NotAllowed();
        }
    }
}
