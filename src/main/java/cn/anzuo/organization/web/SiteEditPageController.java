package cn.anzuo.organization.web;

import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.domain.Site;
import cn.anzuo.organization.domain.SiteAdministration;
import cn.anzuo.organization.domain.SiteAdministration.ChangeSite;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site page of an administrator: name and geofence, disable / enable. */
@Controller
@RequestMapping("/admin/sites/{id}")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class SiteEditPageController {

    private final SiteAdministration administration;
    private final FormProblems problems;

    SiteEditPageController(SiteAdministration administration, FormProblems problems) {
        this.administration = administration;
        this.problems = problems;
    }

    public static class ChangeSiteForm {
        @NotBlank @Size(max = 100)
        private String name;
        @NotNull @DecimalMin("-90") @DecimalMax("90")
        private Double latitude;
        @NotNull @DecimalMin("-180") @DecimalMax("180")
        private Double longitude;
        @NotNull @Min(10) @Max(5000)
        private Integer radiusMeters;
        private boolean hazardArea;
        private boolean outdoor = true;

        ChangeSite toCommand() {
            return new ChangeSite(name, latitude, longitude, radiusMeters, hazardArea, outdoor);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double latitude) { this.latitude = latitude; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double longitude) { this.longitude = longitude; }
        public Integer getRadiusMeters() { return radiusMeters; }
        public void setRadiusMeters(Integer radiusMeters) { this.radiusMeters = radiusMeters; }
        public boolean isHazardArea() { return hazardArea; }
        public void setHazardArea(boolean hazardArea) { this.hazardArea = hazardArea; }
        public boolean isOutdoor() { return outdoor; }
        public void setOutdoor(boolean outdoor) { this.outdoor = outdoor; }
    }

    @GetMapping
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        Site site = administration.visible(me, id);
        SiteView v = site.view();
        ChangeSiteForm form = new ChangeSiteForm();
        form.setName(v.name());
        form.setLatitude(v.latitude());
        form.setLongitude(v.longitude());
        form.setRadiusMeters(v.radiusMeters());
        form.setHazardArea(v.hazardArea());
        form.setOutdoor(v.outdoor());
        return page(site, form, model);
    }

    @PostMapping
    String save(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("site") ChangeSiteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(administration.visible(me, id), form, model);
        }
        Site saved = administration.change(me, id, form.toCommand());
        redirect.addFlashAttribute("flash", problems.message("record.saved", saved.view().code()));
        return "redirect:/admin/sites/" + id;
    }

    @PostMapping("/enabled")
    String changeEnabled(CurrentUser me, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        Site saved = administration.changeEnabled(me, id, enabled);
        redirect.addFlashAttribute("flash",
                problems.message(enabled ? "record.enabled" : "record.disabled", saved.view().code()));
        return "redirect:/admin/sites/" + id;
    }

    private String page(Site site, ChangeSiteForm form, Model model) {
        model.addAttribute("record", site.view());
        model.addAttribute("enabled", site.enabled());
        model.addAttribute("site", form);
        return "admin/site-edit";
    }
}
