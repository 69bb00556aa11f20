package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.organization.domain.PolicySettings;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
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

/** The company administrator's page for the own company's rules. */
@Controller
@RequestMapping("/admin/policy")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class PolicyPageController {

    private final Organization organization;
    private final CompanyAdministration administration;
    private final FormProblems problems;

    PolicyPageController(Organization organization, CompanyAdministration administration, FormProblems problems) {
        this.organization = organization;
        this.administration = administration;
        this.problems = problems;
    }

    public static class PolicyForm {
        @NotNull @Min(1) @Max(240)
        private Integer checkInWindowMinutes;
        @NotNull @Min(1) @Max(365)
        private Integer expiryReminderDays;
        @NotNull @DateTimeFormat(pattern = "HH:mm")
        private LocalTime nightStart;
        @NotNull @DateTimeFormat(pattern = "HH:mm")
        private LocalTime nightEnd;
        private boolean allowUnverifiedCertificates;
        @NotNull @Min(1) @Max(1440)
        private Integer approvalEscalationMinutes;
        @NotNull @Min(1) @Max(CompanyPolicy.MAX_PERMIT_VALIDITY_HOURS)
        private Integer permitValidityHours;
        @NotNull @Min(1) @Max(1440)
        private Integer alarmEscalationMinutes;
        @jakarta.validation.constraints.NotEmpty
        private java.util.List<@jakarta.validation.constraints.Pattern(regexp = "QR|NFC|FACE|PASSKEY") String> checkInMethods;
        @NotNull
        private cn.anzuo.organization.CheckInIdentity checkInIdentity;
        @NotNull @jakarta.validation.constraints.DecimalMin("0.5") @jakarta.validation.constraints.DecimalMax("1.0")
        private Double faceMinSimilarity;
        @NotNull @Min(1) @Max(120)
        private Integer guardianAbsenceMinutes;
        @NotNull @Min(1) @Max(14)
        private Integer fatigueNights;

        static PolicyForm of(CompanyPolicy policy) {
            PolicyForm form = new PolicyForm();
            form.checkInWindowMinutes = policy.checkInWindowMinutes();
            form.expiryReminderDays = policy.expiryReminderDays();
            form.nightStart = policy.nightStart();
            form.nightEnd = policy.nightEnd();
            form.allowUnverifiedCertificates = policy.allowUnverifiedCertificates();
            form.approvalEscalationMinutes = policy.approvalEscalationMinutes();
            form.permitValidityHours = policy.permitValidityHours();
            form.alarmEscalationMinutes = policy.alarmEscalationMinutes();
            form.checkInMethods = new java.util.ArrayList<>(policy.checkInMethods());
            form.checkInIdentity = policy.checkInIdentity();
            form.faceMinSimilarity = policy.faceMinSimilarity();
            form.guardianAbsenceMinutes = policy.guardianAbsenceMinutes();
            form.fatigueNights = policy.fatigueNights();
            return form;
        }

        PolicySettings toSettings() {
            return new PolicySettings(checkInWindowMinutes, expiryReminderDays, nightStart, nightEnd,
                    allowUnverifiedCertificates, approvalEscalationMinutes, permitValidityHours,
                    alarmEscalationMinutes, checkInMethods == null || checkInMethods.isEmpty() ? null
                            : String.join(",", checkInMethods), checkInIdentity, faceMinSimilarity,
                    guardianAbsenceMinutes, fatigueNights);
        }

        public Integer getCheckInWindowMinutes() { return checkInWindowMinutes; }
        public void setCheckInWindowMinutes(Integer v) { this.checkInWindowMinutes = v; }
        public Integer getExpiryReminderDays() { return expiryReminderDays; }
        public void setExpiryReminderDays(Integer v) { this.expiryReminderDays = v; }
        public LocalTime getNightStart() { return nightStart; }
        public void setNightStart(LocalTime v) { this.nightStart = v; }
        public LocalTime getNightEnd() { return nightEnd; }
        public void setNightEnd(LocalTime v) { this.nightEnd = v; }
        public boolean isAllowUnverifiedCertificates() { return allowUnverifiedCertificates; }
        public void setAllowUnverifiedCertificates(boolean v) { this.allowUnverifiedCertificates = v; }
        public Integer getApprovalEscalationMinutes() { return approvalEscalationMinutes; }
        public void setApprovalEscalationMinutes(Integer v) { this.approvalEscalationMinutes = v; }
        public Integer getPermitValidityHours() { return permitValidityHours; }
        public void setPermitValidityHours(Integer v) { this.permitValidityHours = v; }
        public Integer getAlarmEscalationMinutes() { return alarmEscalationMinutes; }
        public void setAlarmEscalationMinutes(Integer v) { this.alarmEscalationMinutes = v; }
        public java.util.List<String> getCheckInMethods() { return checkInMethods; }
        public void setCheckInMethods(java.util.List<String> v) { this.checkInMethods = v; }
        public cn.anzuo.organization.CheckInIdentity getCheckInIdentity() { return checkInIdentity; }
        public void setCheckInIdentity(cn.anzuo.organization.CheckInIdentity v) { this.checkInIdentity = v; }
        public Double getFaceMinSimilarity() { return faceMinSimilarity; }
        public void setFaceMinSimilarity(Double v) { this.faceMinSimilarity = v; }
        public Integer getGuardianAbsenceMinutes() { return guardianAbsenceMinutes; }
        public void setGuardianAbsenceMinutes(Integer v) { this.guardianAbsenceMinutes = v; }
        public Integer getFatigueNights() { return fatigueNights; }
        public void setFatigueNights(Integer v) { this.fatigueNights = v; }
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        model.addAttribute("policy", PolicyForm.of(organization.configuredPolicy(me.companyId())));
        return "admin/policy";
    }

    @PostMapping
    String save(CurrentUser me, @Valid @ModelAttribute("policy") PolicyForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "admin/policy";
        }
        administration.changePolicy(me, me.companyId(), form.toSettings());
        redirect.addFlashAttribute("flash", problems.message("policy.saved"));
        return "redirect:/admin/policy";
    }
}
