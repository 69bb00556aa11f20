package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import cn.anzuo.shared.security.CurrentUser;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 即将到期: the certificates whose expiry or review falls due in the next 15, 30, 60 or 90 days, the
 * nearest first. Those already overdue are counted, with a link to the workers list filtered by status.
 */
@Controller
@RequestMapping("/qualification/expiring")
class ExpiringPageController {

    static final List<Integer> TABS = List.of(15, 30, 60, 90);

    private final CertificateRegistry certificates;
    private final Qualifications qualifications;
    private final Organization organization;

    ExpiringPageController(CertificateRegistry certificates, Qualifications qualifications, Organization organization) {
        this.certificates = certificates;
        this.qualifications = qualifications;
        this.organization = organization;
    }

    /** A row of the list: the certificate, its holder, and the days left until it falls due. */
    public record ExpiringRow(CertificateCard card, WorkerView worker) {}

    @GetMapping
    String expiring(CurrentUser me, @RequestParam(required = false) String days, Model model) {
        QualificationAccess.requireSeesAll(me);
        int within = tab(days);
        Set<UUID> companies = organization.visibleCompanyIds(me);
        List<Dated> due = certificates.list(companies, null, within);
        LocalDate today = certificates.today(me.companyId());
        List<Dated> upcoming = due.stream()
                .filter(d -> d.status() == CertificateStatus.VALID || d.status() == CertificateStatus.EXPIRING)
                .sorted(Comparator.comparing((Dated d) -> d.certificate().dueOn())
                        .thenComparing(d -> d.certificate().itemCode()))
                .toList();
        Map<UUID, WorkerView> holders = qualifications.workers(upcoming.stream()
                        .map(d -> d.certificate().workerId()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(WorkerView::id, Function.identity()));
        model.addAttribute("days", within);
        model.addAttribute("tabs", TABS);
        model.addAttribute("rows", upcoming.stream()
                .filter(d -> holders.containsKey(d.certificate().workerId()))
                .map(d -> new ExpiringRow(CertificateCard.of(d.certificate(), d.status(), today, null, null, null),
                        holders.get(d.certificate().workerId())))
                .toList());
        model.addAttribute("expired", due.stream().filter(d -> d.status() == CertificateStatus.EXPIRED).count());
        model.addAttribute("reviewOverdue",
                due.stream().filter(d -> d.status() == CertificateStatus.REVIEW_OVERDUE).count());
        return "qualification/expiring";
    }

    /** One of the tabs; anything else (missing, not a number, another number) shows the first. */
    static int tab(String days) {
        try {
            int asked = Integer.parseInt(days == null ? "" : days.trim());
            return TABS.contains(asked) ? asked : TABS.getFirst();
        } catch (NumberFormatException e) {
            return TABS.getFirst();
        }
    }
}
