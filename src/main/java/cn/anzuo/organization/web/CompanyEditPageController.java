package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.Company;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** The company page of a group administrator: rename, disable / enable. */
@Controller
@RequestMapping("/admin/companies/{id}")
@PreAuthorize("hasRole('GROUP_ADMIN')")
class CompanyEditPageController {

    private final CompanyAdministration administration;
    private final FormProblems problems;

    CompanyEditPageController(CompanyAdministration administration, FormProblems problems) {
        this.administration = administration;
        this.problems = problems;
    }

    public static class RenameForm {
        @NotBlank @Size(max = 100)
        private String name;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    @GetMapping
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        Company company = administration.visible(me, id);
        RenameForm form = new RenameForm();
        form.setName(company.name());
        return page(company, form, model);
    }

    @PostMapping
    String save(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("company") RenameForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(administration.visible(me, id), form, model);
        }
        Company saved = administration.rename(me, id, form.getName());
        redirect.addFlashAttribute("flash", problems.message("record.saved", saved.code()));
        return "redirect:/admin/companies/" + id;
    }

    @PostMapping("/enabled")
    String changeEnabled(CurrentUser me, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            Company saved = administration.changeEnabled(me, id, enabled);
            redirect.addFlashAttribute("flash",
                    problems.message(enabled ? "record.enabled" : "record.disabled", saved.code()));
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("flash", problems.message("problem." + problem.code() + ".detail"));
        }
        return "redirect:/admin/companies/" + id;
    }

    private String page(Company company, RenameForm form, Model model) {
        model.addAttribute("record", company.view());
        model.addAttribute("enabled", company.enabled());
        model.addAttribute("company", form);
        return "admin/company-edit";
    }
}
