package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.UserAdministration;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here, with the current one. */
@Controller
@RequestMapping("/me/password")
class PasswordPageController {

    private final UserAdministration administration;
    private final FormProblems problems;

    PasswordPageController(UserAdministration administration, FormProblems problems) {
        this.administration = administration;
        this.problems = problems;
    }

    public static class PasswordForm {
        @NotBlank
        private String currentPassword;
        @NotBlank @Size(min = 8, max = 200)
        private String newPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("password", new PasswordForm());
        return "me/password";
    }

    @PostMapping
    String change(CurrentUser me, @Valid @ModelAttribute("password") PasswordForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.changeOwnPassword(me, form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("flash", problems.message("password.changed"));
                return "redirect:/";
            } catch (BusinessProblem problem) {
                problems.reject(result, problem);
            }
        }
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        return "me/password";
    }
}
