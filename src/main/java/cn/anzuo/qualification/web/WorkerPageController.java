package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.HeldCertificates;
import cn.anzuo.qualification.domain.QualificationProblems.WorkerExists;
import cn.anzuo.qualification.domain.StoredFiles;
import cn.anzuo.qualification.domain.StoredFiles.Content;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who holds what: the workers list with search and filters, the worker page, registering a worker. */
@Controller
@RequestMapping("/qualification")
class WorkerPageController {

    static final String LIST = "/qualification/workers";
    static final int PAGE_SIZE = 50;

    private final WorkerRegistry workers;
    private final CertificateRegistry certificates;
    private final CertificateCatalog catalog;
    private final StoredFiles files;
    private final Organization organization;
    private final WorkerPage workerPage;
    private final FormProblems problems;

    WorkerPageController(WorkerRegistry workers, CertificateRegistry certificates, CertificateCatalog catalog,
            StoredFiles files, Organization organization, WorkerPage workerPage, FormProblems problems) {
        this.workers = workers;
        this.certificates = certificates;
        this.catalog = catalog;
        this.files = files;
        this.organization = organization;
        this.workerPage = workerPage;
        this.problems = problems;
    }

    /** One URL, two renderings: the page, or only the results for htmx's live search. */
    @GetMapping("/workers")
    String list(CurrentUser me, @ModelAttribute("filter") WorkerFilter filter, BindingResult ignoredBadValues,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model, HttpServletResponse response) {
        QualificationAccess.requireSeesAll(me);
        PageResult<HeldCertificates> page = certificates.heldPage(organization.visibleCompanyIds(me),
                filter.toCriteria(), PageRequestParams.of(filter.getPage(), PAGE_SIZE));
        int pages = Math.max(1, (int) Math.ceil(page.total() / (double) PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("prevLink", page.page() > 0 ? filter.link(LIST, page.page() - 1) : null);
        model.addAttribute("nextLink", page.page() + 1 < pages ? filter.link(LIST, page.page() + 1) : null);
        model.addAttribute("manages", QualificationAccess.manages(me));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "qualification/workers :: results";
        }
        model.addAttribute("statuses", CertificateStatus.values());
        model.addAttribute("itemGroups", itemGroups(catalog.itemsFor(me.companyId())));
        return "qualification/workers";
    }

    @GetMapping("/workers/{id}")
    String worker(CurrentUser me, @PathVariable UUID id, Model model) {
        return workerPage.render(me, id, model);
    }

    /** 我的证书: a worker's or guardian's own page. */
    @GetMapping("/me")
    String mine(CurrentUser me) {
        if (me.workerId() == null) {
            return "qualification/not-linked";
        }
        return "redirect:/qualification/workers/" + me.workerId();
    }

    @GetMapping("/workers/new")
    @PreAuthorize(QualificationAccess.MANAGERS)
    String newWorker(CurrentUser me, Model model) {
        WorkerForm form = new WorkerForm();
        form.setCompanyId(me.companyId());
        return form(me, form, model);
    }

    @PostMapping("/workers")
    @PreAuthorize(QualificationAccess.MANAGERS)
    String register(CurrentUser me, @Valid @ModelAttribute("worker") WorkerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(me, form, model);
        }
        try {
            WorkerView worker = workers.register(me, form.toCommand());
            redirect.addFlashAttribute("flash", problems.message("workers.created", worker.name()));
            return "redirect:/qualification/workers/" + worker.id();
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            problems.reject(result, problem);
            if (problem instanceof WorkerExists exists) {
                model.addAttribute("existingWorkerId", exists.properties().get("workerId"));
            }
            return form(me, form, model);
        }
    }

    /** The evidence of a manual verification, for whoever may see the worker's page. */
    @GetMapping("/certificates/{id}/evidence")
    ResponseEntity<byte[]> evidence(CurrentUser me, @PathVariable UUID id) {
        var certificate = certificates.visible(me, id);
        QualificationAccess.requireMayView(me, certificate.workerId());
        if (certificate.evidenceId() == null) {
            throw new RecordNotFound("file", id);
        }
        Content content = files.load(certificate.evidenceId(), company -> organization.canSee(me, company));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content.bytes());
    }

    private String form(CurrentUser me, WorkerForm form, Model model) {
        model.addAttribute("worker", form);
        model.addAttribute("companies", organization.visibleCompanies(me));
        return "qualification/worker-form";
    }

    /** The catalogue by category, in catalogue order, for a select with option groups. */
    static Map<String, List<CertificateItem>> itemGroups(List<CertificateItem> items) {
        Map<String, List<CertificateItem>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(item.category(), k -> new java.util.ArrayList<>()).add(item));
        return groups;
    }
}
