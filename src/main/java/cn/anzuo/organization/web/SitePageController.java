package cn.anzuo.organization.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.domain.SiteAdministration;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
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
@RequestMapping("/admin/sites")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class SitePageController {

    private final Organization organization;
    private final SiteAdministration administration;
    private final FormProblems problems;

    SitePageController(Organization organization, SiteAdministration administration, FormProblems problems) {
        this.organization = organization;
        this.administration = administration;
        this.problems = problems;
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sites", organization.sitesOf(organization.visibleCompanyIds(me), q));
        model.addAttribute("companies", organization.visibleCompanies(me));
        return htmx != null ? "admin/sites :: results" : "admin/sites";
    }

    @GetMapping("/new")
    String newSite(CurrentUser me, Model model) {
        SiteForm form = new SiteForm();
        form.setCompanyId(me.companyId());
        form.setRadiusMeters(100);
        return form(me, form, model);
    }

    @PostMapping
    String create(CurrentUser me, @Valid @ModelAttribute("site") SiteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(me, form, model);
        }
        try {
            SiteView site = administration.create(me, form.toCommand());
            redirect.addFlashAttribute("flash", problems.message("site.created", site.name()));
            return "redirect:/admin/sites";
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            return form(me, form, model);
        }
    }

    private String form(CurrentUser me, SiteForm form, Model model) {
        model.addAttribute("site", form);
        model.addAttribute("companies", organization.visibleCompanies(me));
        return "admin/site-form";
    }
}
