package cn.anzuo.permit.weather.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.weather.domain.WeatherObservations;
import cn.anzuo.permit.weather.domain.WeatherObservations.RecordObservation;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 天气记录 on the safety officer's phone: the latest observation of each site, and a short form to enter one (the
 * manual fallback when no weather feed is configured). Work the entry forbids is suspended at once.
 */
@Controller
@RequestMapping("/weather")
@PreAuthorize("hasRole('SAFETY_OFFICER')")
class WeatherPageController {

    private final WeatherObservations observations;
    private final Organization organization;
    private final FormProblems problems;
    private final Clock clock;

    WeatherPageController(WeatherObservations observations, Organization organization, FormProblems problems,
            Clock clock) {
        this.observations = observations;
        this.organization = organization;
        this.problems = problems;
        this.clock = clock;
    }

    public static class WeatherForm {
        @NotNull
        private UUID siteId;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime observedAt;
        @NotNull @DecimalMin("-60") @DecimalMax("70")
        private BigDecimal temperatureC;
        @NotNull @Min(0) @Max(17)
        private Integer windScale;

        public UUID getSiteId() { return siteId; }
        public void setSiteId(UUID siteId) { this.siteId = siteId; }
        public LocalDateTime getObservedAt() { return observedAt; }
        public void setObservedAt(LocalDateTime observedAt) { this.observedAt = observedAt; }
        public BigDecimal getTemperatureC() { return temperatureC; }
        public void setTemperatureC(BigDecimal temperatureC) { this.temperatureC = temperatureC; }
        public Integer getWindScale() { return windScale; }
        public void setWindScale(Integer windScale) { this.windScale = windScale; }
    }

    @GetMapping
    String page(CurrentUser me, Model model) {
        WeatherForm form = new WeatherForm();
        form.setObservedAt(LocalDateTime.ofInstant(clock.instant(), zone(me)).truncatedTo(ChronoUnit.MINUTES));
        return render(me, form, model);
    }

    @PostMapping
    String record(CurrentUser me, @Valid @ModelAttribute("weather") WeatherForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return render(me, form, model);
        }
        WeatherObservations.Recorded recorded = observations.record(me, form.getSiteId(), new RecordObservation(
                form.getObservedAt().atZone(zone(me)).toInstant(), form.getTemperatureC(), form.getWindScale()));
        redirect.addFlashAttribute("flash", problems.message("weather.recorded", recorded.suspendedPermitIds().size()));
        return "redirect:/weather";
    }

    private String render(CurrentUser me, WeatherForm form, Model model) {
        model.addAttribute("weather", form);
        model.addAttribute("sites", observations.latestPerSite(me));
        model.addAttribute("zone", zone(me));
        return "weather/sites";
    }

    private ZoneId zone(CurrentUser me) {
        return organization.policy(me.companyId()).zone();
    }
}
