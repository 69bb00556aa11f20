package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import cn.anzuo.qualification.domain.HeldCertificates;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the worker page (also when a revoke or verify form on it comes back with a message). */
@Component
class WorkerPage {

    static final String VIEW = "qualification/worker";

    private final WorkerRegistry workers;
    private final CertificateRegistry certificates;
    private final Organization organization;

    WorkerPage(WorkerRegistry workers, CertificateRegistry certificates, Organization organization) {
        this.workers = workers;
        this.certificates = certificates;
        this.organization = organization;
    }

    /** 404 for another company's worker, 403 for a worker or guardian looking at someone else. */
    String render(CurrentUser me, UUID workerId, Model model) {
        Worker worker = workers.visible(me, workerId);
        QualificationAccess.requireMayView(me, workerId);
        ZoneId zone = organization.policy(worker.companyId()).zone();
        List<Dated> held = certificates.ofWorker(me, workerId);
        LocalDate today = certificates.today(worker.companyId());
        Map<UUID, String> verifiers = new HashMap<>();
        List<CertificateCard> cards = held.stream()
                .sorted(Comparator.comparing((Dated d) -> d.certificate().itemCode())
                        .thenComparing(d -> d.certificate().expiresOn(), Comparator.reverseOrder()))
                .map(d -> card(d, today, zone, verifiers))
                .toList();
        model.addAttribute("worker", worker.view());
        model.addAttribute("standing", new HeldCertificates(worker.view(), held).standing().orElse(null));
        model.addAttribute("cards", cards);
        model.addAttribute("manages", QualificationAccess.manages(me));
        model.addAttribute("seesAll", QualificationAccess.seesAllWorkers(me));
        model.addAttribute("own", workerId.equals(me.workerId()));
        model.addAttribute("companyName", worker.companyId().equals(me.companyId())
                ? null : organization.company(worker.companyId()).name());
        return VIEW;
    }

    private CertificateCard card(Dated dated, LocalDate today, ZoneId zone, Map<UUID, String> verifiers) {
        Certificate c = dated.certificate();
        String verifier = c.verifiedBy() == null ? null : verifiers.computeIfAbsent(c.verifiedBy(),
                id -> organization.user(id).map(UserView::displayName).orElse(""));
        return CertificateCard.of(c, dated.status(), today, day(c.verifiedAt(), zone), verifier,
                day(c.revokedAt(), zone));
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, Objects.requireNonNull(zone));
    }
}
