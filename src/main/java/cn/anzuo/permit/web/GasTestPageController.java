package cn.anzuo.permit.web;

import cn.anzuo.permit.onsite.GasReading;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.permit.onsite.GasUnit;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.GasTestFreshness;
import cn.anzuo.permit.domain.PermitLifecycle;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 气体分析 by the gas analyst: the permits that need one, and the form that records it through {@link PermitLifecycle}. */
@Controller
@RequestMapping("/onsite")
@PreAuthorize("hasRole('GAS_ANALYST')")
class GasTestPageController {

    static final int ROWS = 5;

    private final PermitQueries queries;
    private final PermitLifecycle lifecycle;
    private final OnSite onSite;
    private final Organization organization;
    private final PermitViews views;
    private final OnSitePages pages;
    private final Clock clock;

    GasTestPageController(PermitQueries queries, PermitLifecycle lifecycle, OnSite onSite, Organization organization,
            PermitViews views, OnSitePages pages, Clock clock) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.onSite = onSite;
        this.organization = organization;
        this.views = views;
        this.pages = pages;
        this.clock = clock;
    }

    /** One reading row; blank rows are ignored. */
    public static class Row {
        @Size(max = 10)
        private String gas;
        @DecimalMin("0") @DecimalMax("1000000")
        private Double value;
        private GasUnit unit;

        public String getGas() { return gas; }
        public void setGas(String gas) { this.gas = gas; }
        public Double getValue() { return value; }
        public void setValue(Double value) { this.value = value; }
        public GasUnit getUnit() { return unit; }
        public void setUnit(GasUnit unit) { this.unit = unit; }

        boolean blank() {
            return (gas == null || gas.isBlank()) && value == null;
        }
    }

    static class GasTestForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime sampledAt;
        @NotBlank
        @Size(max = 200)
        private String samplePoint;
        private boolean oxygenEnriched;
        @Valid
        private List<Row> rows = new ArrayList<>();

        public LocalDateTime getSampledAt() { return sampledAt; }
        public void setSampledAt(LocalDateTime sampledAt) { this.sampledAt = sampledAt; }
        public String getSamplePoint() { return samplePoint; }
        public void setSamplePoint(String samplePoint) { this.samplePoint = samplePoint; }
        public boolean isOxygenEnriched() { return oxygenEnriched; }
        public void setOxygenEnriched(boolean oxygenEnriched) { this.oxygenEnriched = oxygenEnriched; }
        public List<Row> getRows() { return rows; }
        public void setRows(List<Row> rows) { this.rows = rows; }
    }

    /** A permit waiting for (or living on) gas analyses, with its latest one. */
    record Due(PermitResponse permit, GasTestView latest) {}

    @GetMapping("/gas-tests")
    String due(CurrentUser me, Model model) {
        Instant now = clock.instant();
        var companies = organization.visibleCompanyIds(me);
        List<WorkPermit> found = queries.search(companies,
                List.of(PermitStatus.APPROVED, PermitStatus.ACTIVE, PermitStatus.SUSPENDED), null, null,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
        List<WorkPermit> needing = found.stream()
                .filter(p -> GasTestFreshness.needed(p.workType(),
                        organization.site(p.siteId()).map(SiteView::hazardArea).orElse(true)))
                .sorted(Comparator.comparing(WorkPermit::plannedStart))
                .toList();
        Map<UUID, List<GasTestView>> tests = onSite.gasTestsOf(needing.stream().map(WorkPermit::id).toList());
        model.addAttribute("due", views.many(needing).stream()
                .map(p -> new Due(p, tests.getOrDefault(p.id(), List.of()).stream().reduce((a, b) -> b).orElse(null)))
                .toList());
        return "onsite/gas-tests";
    }

    @GetMapping("/permits/{id}/gas-test")
    String form(CurrentUser me, @PathVariable UUID id, Model model) {
        WorkPermit permit = queries.visible(me, id);
        GasTestForm form = new GasTestForm();
        form.setSampledAt(LocalDateTime.ofInstant(clock.instant(), pages.zone(permit.companyId()))
                .truncatedTo(ChronoUnit.MINUTES));
        form.getRows().add(row("CH4", GasUnit.PCT_VOL));
        form.getRows().add(row("O2", GasUnit.PCT_VOL));
        return render(permit, form, model);
    }

    @PostMapping("/permits/{id}/gas-test")
    String record(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("gasTest") GasTestForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        WorkPermit permit = queries.visible(me, id);
        List<Row> filled = form.getRows().stream().filter(r -> !r.blank()).limit(30).toList();
        for (int i = 0; i < form.getRows().size(); i++) {
            Row r = form.getRows().get(i);
            if (!r.blank() && (r.getGas() == null || r.getGas().isBlank()) && !result.hasFieldErrors("rows[" + i + "].gas")) {
                result.rejectValue("rows[" + i + "].gas", "NotBlank", pages.text("onsite.gas.chooseGas"));
            }
            if (!r.blank() && r.getValue() == null && !result.hasFieldErrors("rows[" + i + "].value")) {
                result.rejectValue("rows[" + i + "].value", "NotNull", pages.text("onsite.gas.enterValue"));
            }
            if (!r.blank() && r.getUnit() == null && !result.hasFieldErrors("rows[" + i + "].unit")) {
                result.rejectValue("rows[" + i + "].unit", "NotNull", pages.text("onsite.gas.chooseUnit"));
            }
        }
        if (filled.isEmpty()) {
            result.reject("READINGS_REQUIRED", pages.text("onsite.gas.readingsRequired"));
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(permit, form, model);
        }
        try {
            ZoneId zone = pages.zone(permit.companyId());
            GasTestView test = lifecycle.recordGasTest(me, id, new PermitLifecycle.RecordGasTest(
                    form.getSampledAt().atZone(zone).toInstant(), form.getSamplePoint().trim(), null,
                    form.isOxygenEnriched(),
                    filled.stream().map(r -> new GasReading(r.getGas().trim(), r.getValue(), r.getUnit())).toList()));
            model.addAttribute("result", test);
            return render(permit, form, model);
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            model.addAttribute("refusal", pages.refusal(problem));
            response.setStatus(cn.anzuo.shared.web.ProblemStatus.of(problem).value());
            return render(permit, form, model);
        }
    }

    private String render(WorkPermit permit, GasTestForm form, Model model) {
        while (form.getRows().size() < ROWS) {
            form.getRows().add(new Row());
        }
        model.addAttribute("p", views.one(permit, List.of()));
        model.addAttribute("gasTest", form);
        model.addAttribute("gasOptions", onSite.gases());
        model.addAttribute("units", GasUnit.values());
        model.addAttribute("gasNames", onSite.gases().stream()
                .collect(java.util.stream.Collectors.toMap(cn.anzuo.permit.onsite.GasOption::code, cn.anzuo.permit.onsite.GasOption::name)));
        return "onsite/gas-test";
    }

    private static Row row(String gas, GasUnit unit) {
        Row row = new Row();
        row.setGas(gas);
        row.setUnit(unit);
        return row;
    }
}
