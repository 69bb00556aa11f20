package cn.anzuo.qualification.ledger;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.ledger.LedgerTexts.RowView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import cn.anzuo.shared.security.CurrentUser;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import in three steps on a phone or a desk: download the template and upload the sheet,
 * check the preview's row problems, confirm and see what was saved. Plain forms; no script needed.
 */
@Controller
@RequestMapping("/qualification")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
class LedgerPageController {

    /** Rows without problems shown on the page; the API and the export have all of them. */
    static final int SHOWN_VALID_ROWS = 200;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LedgerImports imports;
    private final LedgerWorkbooks workbooks;
    private final LedgerTexts texts;
    private final ProblemMessages problems;
    private final Organization organization;

    LedgerPageController(LedgerImports imports, LedgerWorkbooks workbooks, LedgerTexts texts, ProblemMessages problems,
            Organization organization) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.texts = texts;
        this.problems = problems;
        this.organization = organization;
    }

    @GetMapping("/import")
    String start() {
        return "qualification/import";
    }

    @PostMapping("/import")
    String upload(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", texts.message("ledger.upload.required", locale));
            return "qualification/import";
        }
        try {
            Preview preview = imports.upload(me, file.getOriginalFilename(), file.getBytes());
            return "redirect:/qualification/import/" + preview.id();
        } catch (BusinessProblem problem) {
            model.addAttribute("uploadError", problems.detail(problem.code(), problem.args(), locale));
            return "qualification/import";
        }
    }

    @GetMapping("/import/{id}")
    String preview(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all,
            Locale locale, Model model) {
        Preview preview = imports.preview(me, id);
        List<RowView> rows = texts.rows(preview.rows(), locale);
        List<RowView> valid = rows.stream().filter(r -> r.problems().isEmpty()).toList();
        model.addAttribute("preview", preview);
        if (preview.confirmed()) {
            ZoneId zone = organization.policy(me.companyId()).zone();
            model.addAttribute("confirmedAt", MINUTE.format(preview.confirmedAt().atZone(zone)));
        }
        model.addAttribute("problemRows", rows.stream().filter(r -> !r.problems().isEmpty()).toList());
        model.addAttribute("validRows", all ? valid : valid.stream().limit(SHOWN_VALID_ROWS).toList());
        model.addAttribute("hiddenValidRows", all ? 0 : Math.max(0, valid.size() - SHOWN_VALID_ROWS));
        return "qualification/import-preview";
    }

    @PostMapping("/import/{id}/confirm")
    String confirm(CurrentUser me, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            ImportResult result = imports.confirm(me, id);
            redirect.addFlashAttribute("flash", texts.message("ledger.confirmed", locale,
                    result.workersCreated() + result.workersUpdated() + result.workersUnchanged(),
                    result.certificatesCreated() + result.certificatesUpdated() + result.certificatesUnchanged()));
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("confirmError", problems.detail(problem.code(), problem.args(), locale));
        }
        return "redirect:/qualification/import/" + id;
    }

    @GetMapping("/ledger/template")
    ResponseEntity<byte[]> template(CurrentUser me, Locale locale) {
        LedgerWorkbooks.Download download = workbooks.template(me, locale);
        return LedgerTexts.xlsx(download.fileName(), download.content());
    }

    @GetMapping("/ledger/export")
    ResponseEntity<byte[]> export(CurrentUser me, Locale locale) {
        LedgerWorkbooks.Download download = workbooks.export(me, locale);
        return LedgerTexts.xlsx(download.fileName(), download.content());
    }
}
