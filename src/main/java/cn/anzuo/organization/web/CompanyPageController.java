package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.organization.domain.CompanyAdministration.CreateCompany;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/companies")
@PreAuthorize("hasRole('GROUP_ADMIN')")
class CompanyPageController {

    private final Organization organization;
    private final CompanyAdministration administration;
    private final FormProblems problems;

    CompanyPageController(Organization organization, CompanyAdministration administration, FormProblems problems) {
        this.organization = organization;
        this.administration = administration;
        this.problems = problems;
    }

    public static class CompanyForm {
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+")
        private String code;
        @NotBlank @Size(max = 100)
        private String name;
        @NotNull
        private UUID parentId;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public UUID getParentId() { return parentId; }
        public void setParentId(UUID parentId) { this.parentId = parentId; }
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<CompanyView> companies = organization.visibleCompanies(me).stream()
                .filter(c -> needle.isEmpty() || c.code().toLowerCase(Locale.ROOT).contains(needle)
                        || c.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("companies", companies);
        model.addAttribute("names", organization.visibleCompanies(me).stream()
                .collect(java.util.stream.Collectors.toMap(CompanyView::id, CompanyView::name)));
        return htmx != null ? "admin/companies :: results" : "admin/companies";
    }

    @GetMapping("/new")
    String newCompany(CurrentUser me, Model model) {
        CompanyForm form = new CompanyForm();
        form.setParentId(me.companyId());
        return form(me, form, model);
    }

    @PostMapping
    String create(CurrentUser me, @Valid @ModelAttribute("company") CompanyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(me, form, model);
        }
        try {
            CompanyView company = administration.create(me,
                    new CreateCompany(form.getCode().trim(), form.getName().trim(), form.getParentId()));
            redirect.addFlashAttribute("flash", problems.message("company.created", company.name()));
            return "redirect:/admin/companies";
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            return form(me, form, model);
        }
    }

    private String form(CurrentUser me, CompanyForm form, Model model) {
        model.addAttribute("company", form);
        model.addAttribute("companies", organization.visibleCompanies(me));
        return "admin/company-form";
    }
}
