package cn.anzuo.organization.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.organization.domain.UserAdministration;
import cn.anzuo.organization.domain.UserAdministration.CreateUser;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class UserPageController {

    private final Organization organization;
    private final UserAdministration administration;
    private final FormProblems problems;

    UserPageController(Organization organization, UserAdministration administration, FormProblems problems) {
        this.organization = organization;
        this.administration = administration;
        this.problems = problems;
    }

    public static class UserForm {
        @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        private String username;
        @NotBlank @Size(min = 8, max = 200)
        private String password;
        @NotBlank @Size(max = 100)
        private String displayName;
        @NotNull
        private UUID companyId;
        @NotEmpty
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        @Email @Size(max = 200)
        private String email;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public UUID getCompanyId() { return companyId; }
        public void setCompanyId(UUID companyId) { this.companyId = companyId; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", administration.search(organization.visibleCompanyIds(me), q));
        return htmx != null ? "admin/users :: results" : "admin/users";
    }

    @GetMapping("/new")
    String newUser(CurrentUser me, Model model) {
        UserForm form = new UserForm();
        form.setCompanyId(me.companyId());
        return form(me, form, model);
    }

    @PostMapping
    String create(CurrentUser me, @Valid @ModelAttribute("user") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(me, form, model);
        }
        try {
            UserView user = administration.create(me, new CreateUser(form.getUsername().trim(), form.getPassword(),
                    form.getDisplayName().trim(), form.getCompanyId(), form.getRoles(), null, form.getEmail()));
            redirect.addFlashAttribute("flash", problems.message("user.created", user.username()));
            return "redirect:/admin/users";
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            return form(me, form, model);
        }
    }

    private String form(CurrentUser me, UserForm form, Model model) {
        form.setPassword(null);
        model.addAttribute("user", form);
        model.addAttribute("companies", organization.visibleCompanies(me));
        model.addAttribute("allRoles", Arrays.stream(Role.values())
                .filter(r -> r != Role.GROUP_ADMIN || me.has(Role.GROUP_ADMIN))
                .toList());
        return "admin/user-form";
    }
}
