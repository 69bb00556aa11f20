package cn.anzuo.permit.onsite.web;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

/** 打卡点 of a site: create QR checkpoints (the secret is shown once) and open their kiosks. */
@Controller
@RequestMapping("/admin/sites/{siteId}/checkpoints")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN', 'SAFETY_OFFICER')")
class CheckpointPageController {

    private final Checkpoints checkpoints;
    private final Organization organization;
    private final FormProblems problems;

    CheckpointPageController(Checkpoints checkpoints, Organization organization, FormProblems problems) {
        this.checkpoints = checkpoints;
        this.organization = organization;
        this.problems = problems;
    }

    /** A new checkpoint: a rotating QR code, or an NTAG 424 DNA tag (keys generated unless imported). */
    static class CheckpointForm {
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9_-]+")
        private String code;
        private Checkpoints.Kind kind = Checkpoints.Kind.QR;
        @Pattern(regexp = "|[0-9A-Fa-f]{14}")
        private String uid;
        @Pattern(regexp = "|[0-9A-Fa-f]{32}")
        private String metaReadKey;
        @Pattern(regexp = "|[0-9A-Fa-f]{32}")
        private String fileReadKey;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public Checkpoints.Kind getKind() { return kind; }
        public void setKind(Checkpoints.Kind kind) { this.kind = kind == null ? Checkpoints.Kind.QR : kind; }
        public String getUid() { return uid; }
        public void setUid(String uid) { this.uid = uid; }
        public String getMetaReadKey() { return metaReadKey; }
        public void setMetaReadKey(String metaReadKey) { this.metaReadKey = metaReadKey; }
        public String getFileReadKey() { return fileReadKey; }
        public void setFileReadKey(String fileReadKey) { this.fileReadKey = fileReadKey; }
    }

    @GetMapping
    String list(CurrentUser me, @PathVariable UUID siteId, Model model) {
        return page(organization.visibleSite(me, siteId), new CheckpointForm(), model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    String create(CurrentUser me, @PathVariable UUID siteId, @Valid @ModelAttribute("checkpointForm") CheckpointForm form,
            BindingResult result, Model model) {
        SiteView site = organization.visibleSite(me, siteId);
        if (!result.hasErrors()) {
            try {
                Checkpoints.Created created = checkpoints.create(site.companyId(), site.id(), form.getCode(),
                        form.getKind(), new Checkpoints.NfcTag(form.getUid(), form.getMetaReadKey(), form.getFileReadKey()));
                model.addAttribute("created", created);
                model.addAttribute("tagUrl", created.checkpoint().kind() == Checkpoints.Kind.NFC
                        ? CheckpointApiController.urlTemplate(created.checkpoint().code()) : null);
                return page(site, new CheckpointForm(), model);
            } catch (BusinessProblem problem) {
                problems.reject(result, problem);
            }
        }
        return page(site, form, model);
    }

    private String page(SiteView site, CheckpointForm form, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("checkpoints", checkpoints.ofSite(site.id()));
        model.addAttribute("checkpointForm", form);
        return "onsite/checkpoints";
    }
}
