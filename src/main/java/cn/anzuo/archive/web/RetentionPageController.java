package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.Retention;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import cn.anzuo.shared.web.HomeTile;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** 保存期限: the company administrator sees what is kept how long and sets the photos' retention. */
@Controller
@RequestMapping("/admin/retention")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class RetentionPageController {

    private final Retention retention;
    private final FormProblems problems;

    RetentionPageController(Retention retention, FormProblems problems) {
        this.retention = retention;
        this.problems = problems;
    }

    @Bean
    static HomeTile retentionTile() {
        return new HomeTile(HomeTile.ADMIN, 58, "tile.retention", "⌛", "/admin/retention",
                Set.of(Role.COMPANY_ADMIN, Role.GROUP_ADMIN), false);
    }

    public static class RetentionForm {
        @NotNull
        private Integer photoRetentionDays;

        public Integer getPhotoRetentionDays() { return photoRetentionDays; }
        public void setPhotoRetentionDays(Integer v) { this.photoRetentionDays = v; }
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        Retention.Settings settings = retention.settings(me.companyId());
        RetentionForm form = new RetentionForm();
        form.setPhotoRetentionDays(settings.photoRetentionDays());
        return page(settings, form, model);
    }

    @PostMapping
    String save(CurrentUser me, @Valid @ModelAttribute("retention") RetentionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                retention.changePhotoRetention(me.companyId(), form.getPhotoRetentionDays(), me.id());
                redirect.addFlashAttribute("flash", problems.message("archive.retention.saved"));
                return "redirect:/admin/retention";
            } catch (BusinessProblem problem) {
                problems.reject(result, problem);
            }
        }
        response.setStatus(422);
        return page(retention.settings(me.companyId()), form, model);
    }

    private String page(Retention.Settings settings, RetentionForm form, Model model) {
        model.addAttribute("settings", settings);
        model.addAttribute("minimumDays", Retention.MINIMUM_DAYS);
        model.addAttribute("retention", form);
        return "archive/retention";
    }
}
