package cn.anzuo.permit.onsite.kiosk;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Checkpoints.Checkpoint;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 打卡屏配对 for an administrator: the kiosks of a checkpoint, a one-time pairing code for a new one
 * (typed on the tablet at {@code /kiosk/pair}), and revoking a lost or replaced tablet.
 */
@Controller
@RequestMapping("/admin/checkpoints/{checkpointId}/kiosks")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN', 'SAFETY_OFFICER')")
class KioskPairingPageController {

    private final KioskDevices devices;
    private final Checkpoints checkpoints;
    private final Organization organization;
    private final Clock clock;
    private final MessageSource messages;

    KioskPairingPageController(KioskDevices devices, Checkpoints checkpoints, Organization organization, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.devices = devices;
        this.checkpoints = checkpoints;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser me, @PathVariable UUID checkpointId, Model model) {
        return page(visible(me, checkpointId), model);
    }

    @PostMapping
    String pair(CurrentUser me, @PathVariable UUID checkpointId, @RequestParam(defaultValue = "") String name,
            Model model) {
        Checkpoint checkpoint = visible(me, checkpointId);
        String label = name.isBlank() ? checkpoint.code() : name.strip();
        model.addAttribute("pairing", devices.startPairing(checkpoint.id(),
                label.length() > 60 ? label.substring(0, 60) : label, me.id()));
        return page(checkpoint, model);
    }

    @PostMapping("/{deviceId}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID checkpointId, @PathVariable UUID deviceId,
            RedirectAttributes redirect) {
        Checkpoint checkpoint = visible(me, checkpointId);
        KioskDevices.Device device = devices.byId(deviceId)
                .filter(d -> d.checkpointId().equals(checkpoint.id()))
                .orElseThrow(() -> new RecordNotFound("kiosk", deviceId));
        devices.revoke(device.id());
        redirect.addFlashAttribute("flash", messages.getMessage("kiosk.revoked", new Object[] {device.name()},
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/checkpoints/" + checkpoint.id() + "/kiosks";
    }

    private String page(Checkpoint checkpoint, Model model) {
        SiteView site = organization.site(checkpoint.siteId()).orElseThrow();
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("site", site);
        model.addAttribute("devices", devices.ofCheckpoint(checkpoint.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("pairUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/kiosk/pair").toUriString());
        return "onsite/kiosks";
    }

    private Checkpoint visible(CurrentUser me, UUID id) {
        return checkpoints.byId(id)
                .filter(c -> organization.canSee(me, c.companyId()))
                .filter(c -> c.kind() == Checkpoints.Kind.QR)
                .orElseThrow(() -> new RecordNotFound("checkpoint", id));
    }
}
