package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.domain.ThresholdSettings;
import cn.anzuo.monitoring.domain.Thresholds;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.HomeTile;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 报警阈值: the company admin sets the eight numbers; GB/T 50493-2019 until changed (errors beside the fields). */
@Controller
@RequestMapping("/admin/thresholds")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class ThresholdPageController {

    private final ThresholdSettings settings;

    ThresholdPageController(ThresholdSettings settings) {
        this.settings = settings;
    }

    @Bean
    static HomeTile thresholdTile() {
        return new HomeTile(HomeTile.ADMIN, 51, "tile.thresholds", "⚙", "/admin/thresholds",
                Set.of(cn.anzuo.shared.security.Role.COMPANY_ADMIN), false);
    }

    public static class ThresholdForm {
        @NotNull @DecimalMin("0") @DecimalMax("100") private Double lelLevel1;
        @NotNull @DecimalMin("0") @DecimalMax("100") private Double lelLevel2;
        @NotNull @DecimalMin("0") private Double h2sLevel1;
        @NotNull @DecimalMin("0") private Double h2sLevel2;
        @NotNull @DecimalMin("0") private Double coLevel1;
        @NotNull @DecimalMin("0") private Double coLevel2;
        @NotNull @DecimalMin("0") @DecimalMax("100") private Double o2Low;
        @NotNull @DecimalMin("0") @DecimalMax("100") private Double o2High;

        static ThresholdForm of(Thresholds t) {
            ThresholdForm f = new ThresholdForm();
            f.lelLevel1 = t.lelLevel1(); f.lelLevel2 = t.lelLevel2(); f.h2sLevel1 = t.h2sLevel1(); f.h2sLevel2 = t.h2sLevel2();
            f.coLevel1 = t.coLevel1(); f.coLevel2 = t.coLevel2(); f.o2Low = t.o2Low(); f.o2High = t.o2High();
            return f;
        }

        Thresholds toThresholds() {
            return new Thresholds(lelLevel1, lelLevel2, h2sLevel1, h2sLevel2, coLevel1, coLevel2, o2Low, o2High);
        }

        public Double getLelLevel1() { return lelLevel1; }
        public void setLelLevel1(Double v) { lelLevel1 = v; }
        public Double getLelLevel2() { return lelLevel2; }
        public void setLelLevel2(Double v) { lelLevel2 = v; }
        public Double getH2sLevel1() { return h2sLevel1; }
        public void setH2sLevel1(Double v) { h2sLevel1 = v; }
        public Double getH2sLevel2() { return h2sLevel2; }
        public void setH2sLevel2(Double v) { h2sLevel2 = v; }
        public Double getCoLevel1() { return coLevel1; }
        public void setCoLevel1(Double v) { coLevel1 = v; }
        public Double getCoLevel2() { return coLevel2; }
        public void setCoLevel2(Double v) { coLevel2 = v; }
        public Double getO2Low() { return o2Low; }
        public void setO2Low(Double v) { o2Low = v; }
        public Double getO2High() { return o2High; }
        public void setO2High(Double v) { o2High = v; }
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        model.addAttribute("thresholds", ThresholdForm.of(settings.of(me.companyId())));
        model.addAttribute("defaults", Thresholds.GB_T_50493);
        return "monitoring/thresholds";
    }

    @PostMapping
    String save(CurrentUser me, @Valid @ModelAttribute("thresholds") ThresholdForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.change(me.companyId(), form.toThresholds(), me.id());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/thresholds";
            } catch (BusinessProblem problem) {
                result.reject(problem.code());
            }
        }
        response.setStatus(422);
        model.addAttribute("defaults", Thresholds.GB_T_50493);
        return "monitoring/thresholds";
    }
}
