package cn.anzuo.organization.web;

import cn.anzuo.organization.UserView;
import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAdministration;
import cn.anzuo.organization.domain.UserAdministration.EditUser;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user page of an administrator: edit name, roles and e-mail; disable; reset the password. */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class UserEditPageController {

    private final UserAdministration administration;
    private final FormProblems problems;

    UserEditPageController(UserAdministration administration, FormProblems problems) {
        this.administration = administration;
        this.problems = problems;
    }

    public static class EditUserForm {
        @NotBlank @Size(max = 100)
        private String displayName;
        @NotEmpty
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        @Email @Size(max = 200)
        private String email;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    }

    @GetMapping
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        UserAccount account = administration.administered(me, id);
        UserView view = account.view();
        EditUserForm form = new EditUserForm();
        form.setDisplayName(view.displayName());
        form.setRoles(view.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(view.roles()));
        form.setEmail(view.email());
        return page(me, account, form, model);
    }

    @PostMapping
    String save(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("user") EditUserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount account = administration.administered(me, id);
        if (result.hasErrors()) {
            return page(me, account, form, model);
        }
        try {
            UserAccount saved = administration.edit(me, id, new EditUser(form.getDisplayName(), form.getRoles(),
                    form.getEmail()));
            redirect.addFlashAttribute("flash", problems.message("record.saved", saved.username()));
            return "redirect:/admin/users/" + id;
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            return page(me, account, form, model);
        }
    }

    @PostMapping("/enabled")
    String changeEnabled(CurrentUser me, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            UserAccount saved = administration.changeEnabled(me, id, enabled);
            redirect.addFlashAttribute("flash",
                    problems.message(enabled ? "record.enabled" : "record.disabled", saved.username()));
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("flash", problems.message("problem." + problem.code() + ".detail"));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/password")
    String resetPassword(CurrentUser me, @PathVariable UUID id, @RequestParam String newPassword,
            RedirectAttributes redirect) {
        if (newPassword.length() < 8 || newPassword.length() > 200) {
            redirect.addFlashAttribute("flash", problems.message("password.tooShort"));
            return "redirect:/admin/users/" + id;
        }
        administration.resetPassword(me, id, newPassword);
        redirect.addFlashAttribute("flash", problems.message("password.reset", administration.administered(me, id).username()));
        return "redirect:/admin/users/" + id;
    }

    private String page(CurrentUser me, UserAccount account, EditUserForm form, Model model) {
        model.addAttribute("account", account.view());
        model.addAttribute("enabled", account.enabled());
        model.addAttribute("user", form);
        model.addAttribute("allRoles", Arrays.stream(Role.values())
                .filter(r -> r != Role.GROUP_ADMIN || me.has(Role.GROUP_ADMIN) || form.getRoles().contains(r))
                .toList());
        return "admin/user-edit";
    }
}
