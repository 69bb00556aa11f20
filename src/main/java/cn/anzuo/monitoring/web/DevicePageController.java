package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.DeviceView;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 设备管理 (COMPANY_ADMIN): the company's detectors and cameras per site with their online state and
 * calibration date; registering one shows its secret once, with the MQTT topic and login it uses.
 */
@Controller
@RequestMapping("/admin/devices")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class DevicePageController {

    /** A device row: the device, its site's name and whether it reported within two minutes. */
    record DeviceRow(DeviceView device, String siteName, boolean online) {}

    private final Devices devices;
    private final Organization organization;
    private final FormProblems problems;
    private final Clock clock;

    DevicePageController(Devices devices, Organization organization, FormProblems problems, Clock clock) {
        this.devices = devices;
        this.organization = organization;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) UUID siteId, Model model) {
        UUID companyId = organization.companyOrOwn(me, null);
        List<SiteView> sites = organization.sitesOf(java.util.Set.of(companyId), null);
        Map<UUID, String> names = sites.stream().collect(Collectors.toMap(SiteView::id, SiteView::name));
        Instant now = clock.instant();
        List<DeviceView> found = siteId != null ? devices.atSite(organization.visibleSite(me, siteId).id())
                : devices.ofCompany(companyId);
        model.addAttribute("rows", found.stream()
                .sorted(Comparator.comparing((DeviceView d) -> names.getOrDefault(d.siteId(), "")).thenComparing(DeviceView::code))
                .map(d -> new DeviceRow(d, names.getOrDefault(d.siteId(), ""), d.online(now))).toList());
        model.addAttribute("sites", sites);
        model.addAttribute("siteId", siteId);
        model.addAttribute("kinds", DeviceKind.values());
        return "monitoring/devices";
    }

    @PostMapping
    String register(CurrentUser me, @RequestParam(required = false) UUID siteId, @RequestParam(required = false) String code,
            @RequestParam(required = false) DeviceKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate calibratedOn,
            Model model, HttpServletResponse http) {
        String error = null;
        if (code == null || code.isBlank()) {
            error = problems.message("devices.codeRequired");
        } else if (siteId == null || kind == null) {
            error = problems.message("devices.siteAndKindRequired");
        } else {
            try {
                SiteView site = organization.visibleSite(me, siteId);
                RegisteredDevice created = devices.register(site.companyId(), site.id(), code.strip(), kind, calibratedOn);
                model.addAttribute("created", created);
                model.addAttribute("topic", "anzuo/devices/" + created.device().code() + "/telemetry");
                return "monitoring/device-secret";
            } catch (RecordNotFound notVisible) {
                throw notVisible;
            } catch (BusinessProblem problem) {
                error = problems.message("problem." + problem.code());
            }
        }
        model.addAttribute("codeError", error);
        model.addAttribute("code", code);
        http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return list(me, null, model);
    }

    @PostMapping("/{id}/secret")
    String rotate(CurrentUser me, @PathVariable UUID id, Model model) {
        visible(me, id);
        RegisteredDevice created = devices.rotateSecret(id);
        model.addAttribute("created", created);
        model.addAttribute("topic", "anzuo/devices/" + created.device().code() + "/telemetry");
        return "monitoring/device-secret";
    }

    @PostMapping("/{id}")
    String change(CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate calibratedOn,
            @RequestParam(required = false) Boolean enabled, RedirectAttributes redirect) {
        DeviceView device = visible(me, id);
        devices.change(id, calibratedOn != null ? calibratedOn : device.calibratedOn(),
                enabled != null ? enabled : device.enabled());
        redirect.addFlashAttribute("flash", problems.message("devices.saved", device.code()));
        return "redirect:/admin/devices";
    }

    private DeviceView visible(CurrentUser me, UUID id) {
        return devices.find(id).filter(d -> organization.canSee(me, d.companyId()))
                .orElseThrow(() -> new RecordNotFound("device", id));
    }
}
