package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import cn.anzuo.qualification.domain.QualificationProblems.CertificateRevoked;
import cn.anzuo.qualification.domain.QualificationProblems.EvidenceRequired;
import cn.anzuo.qualification.domain.StoredFiles;
import cn.anzuo.qualification.domain.StoredFiles.StoredFile;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a certificate (with the messages beside the fields), revoking one with a reason, and
 * verifying one by hand with uploaded evidence. Plain POST forms with CSRF; they work without JavaScript.
 */
@Controller
@RequestMapping("/qualification")
@PreAuthorize(QualificationAccess.MANAGERS)
class CertificatePageController {

    static final int MAX_REASON = 500;

    private final WorkerRegistry workers;
    private final CertificateRegistry certificates;
    private final CertificateCatalog catalog;
    private final StoredFiles files;
    private final WorkerPage workerPage;
    private final FormProblems problems;
    private final ProblemMessages messages;

    CertificatePageController(WorkerRegistry workers, CertificateRegistry certificates, CertificateCatalog catalog,
            StoredFiles files, WorkerPage workerPage, FormProblems problems, ProblemMessages messages) {
        this.workers = workers;
        this.certificates = certificates;
        this.catalog = catalog;
        this.files = files;
        this.workerPage = workerPage;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/workers/{id}/certificates/new")
    String newCertificate(CurrentUser me, @PathVariable UUID id, Model model) {
        Worker worker = workers.visible(me, id);
        CertificateForm form = new CertificateForm();
        form.setRegime(CertificateRegime.SPECIAL_OPERATION);
        form.setIssuedOn(certificates.today(worker.companyId()));
        return form(worker, form, model);
    }

    @PostMapping("/workers/{id}/certificates")
    String add(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("certificate") CertificateForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Worker worker = workers.visible(me, id);
        if (result.hasErrors()) {
            return form(worker, form, model);
        }
        try {
            Dated added = certificates.add(me, id, form.toCommand());
            redirect.addFlashAttribute("flash", problems.message("workers.certificate.added",
                    added.certificate().itemCode() + " " + added.certificate().itemName()));
            return "redirect:/qualification/workers/" + id;
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            return form(worker, form, model);
        }
    }

    @PostMapping("/certificates/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        Certificate certificate = certificates.visible(me, id);
        String given = reason == null ? "" : reason.trim();
        if (given.isEmpty() || given.length() > MAX_REASON) {
            String message = given.isEmpty() ? problems.message("NotBlank")
                    : problems.message("workers.revoke.reason.tooLong", MAX_REASON);
            return refused(me, certificate, new FailedAction(id, "revoke", "reason", message, reason), model);
        }
        try {
            certificates.revoke(me, id, given);
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            return refused(me, certificate, new FailedAction(id, "revoke", "reason", detail(problem), reason), model);
        }
        redirect.addFlashAttribute("flash", problems.message("workers.revoke.done", certificate.itemCode()));
        return "redirect:/qualification/workers/" + certificate.workerId();
    }

    /** 人工核验: the evidence is stored with its SHA-256, then the certificate records verifier, date and evidence. */
    @PostMapping("/certificates/{id}/verify")
    String verify(CurrentUser me, @PathVariable UUID id, @RequestParam(name = "evidence", required = false)
            MultipartFile evidence, Model model, RedirectAttributes redirect) throws IOException {
        Certificate certificate = certificates.visible(me, id);
        try {
            // Checked before the file is stored, so a refused verification leaves no orphan file.
            if (certificate.revokedAt() != null) {
                throw new CertificateRevoked(id);
            }
            if (evidence == null || evidence.isEmpty()) {
                throw new EvidenceRequired();
            }
            StoredFile file = files.store(certificate.companyId(), me.id(), evidence.getOriginalFilename(),
                    evidence.getBytes());
            certificates.verifyManually(me, id, file.id());
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            return refused(me, certificate, new FailedAction(id, "verify", "evidence", detail(problem), null), model);
        }
        redirect.addFlashAttribute("flash", problems.message("workers.verify.done", certificate.itemCode()));
        return "redirect:/qualification/workers/" + certificate.workerId();
    }

    private String refused(CurrentUser me, Certificate certificate, FailedAction failed, Model model) {
        model.addAttribute("failed", failed);
        return workerPage.render(me, certificate.workerId(), model);
    }

    private String detail(BusinessProblem problem) {
        return messages.detail(problem.code(), problem.args(), LocaleContextHolder.getLocale());
    }

    private String form(Worker worker, CertificateForm form, Model model) {
        model.addAttribute("worker", worker.view());
        model.addAttribute("certificate", form);
        model.addAttribute("regimes", CertificateRegime.values());
        model.addAttribute("itemGroups", WorkerPageController.itemGroups(catalog.itemsFor(worker.companyId())));
        return "qualification/certificate-form";
    }
}
