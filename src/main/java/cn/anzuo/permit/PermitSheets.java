package cn.anzuo.permit;

import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.MeasureBlanks;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.permit.domain.Signatures;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.permit.onsite.OnSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a {@link PermitSheet} from the permit, its type's checklist, its signatures and the on-site
 * records, so that the printed form reads from one consistent snapshot (one read-only transaction).
 */
@Component
class PermitSheets {

    private final WorkPermitRepository permits;
    private final MeasureCatalog catalog;
    private final Signatures signatures;
    private final OnSite onSite;

    PermitSheets(WorkPermitRepository permits, MeasureCatalog catalog, Signatures signatures, OnSite onSite) {
        this.permits = permits;
        this.catalog = catalog;
        this.signatures = signatures;
        this.onSite = onSite;
    }

    @Transactional(readOnly = true)
    PermitSheet of(WorkPermit p) {
        List<String> related = new ArrayList<>();
        permits.findAllById(p.relatedPermitIds()).forEach(r -> related.add(r.number()));
        return new PermitSheet(Permits.record(p), p.applicantId(), p.createdAt(), p.location(), p.content(),
                p.hazards(), p.emergencyMeasures(), p.otherMeasures(), p.heightMeters(), p.loadTonnes(),
                related.stream().sorted().toList(), measures(p), approvals(p), gasAnalyses(p.id()),
                onSite.checkIns(p.id()).stream()
                        .map(c -> new PermitSheet.CheckIn(c.workerId(), c.at(), c.method().name())).toList(),
                p.progress().shiftCheckedAt(), p.progress().startedAt(), p.progress().completedAt(), p.progress().leaderAcceptedAt(), p.progress().guardianAcceptedAt());
    }

    /** Every item of the type's checklist in its order, answered or not: the form prints them all. */
    private List<PermitSheet.Measure> measures(WorkPermit p) {
        Map<String, PermitMeasure> answers = p.measures().stream()
                .collect(Collectors.toMap(PermitMeasure::code, Function.identity(), (a, b) -> b));
        return catalog.of(p.workType()).stream().map(m -> {
            PermitMeasure answer = answers.get(m.code());
            List<String> blanks = answer == null ? List.of() : answer.blankValues();
            return new PermitSheet.Measure(m.code(), MeasureBlanks.fill(m.textZh(), blanks),
                    m.textEn() == null ? null : MeasureBlanks.fill(m.textEn(), blanks), answer == null ? null : answer.applicable());
        }).toList();
    }

    private List<PermitSheet.Approval> approvals(WorkPermit p) {
        List<PermitSheet.Approval> approvals = new ArrayList<>();
        List<ApprovalStep> steps = p.approvalSteps();
        for (int i = 0; i < steps.size(); i++) {
            ApprovalStep s = steps.get(i);
            approvals.add(new PermitSheet.Approval(i + 1, s.role(), s.status().name(), s.decidedBy(), s.decidedByName(),
                    s.decidedAt(), s.comment(), s.signatureId() == null ? null : signatures.png(s.signatureId())));
        }
        return approvals;
    }

    private List<PermitSheet.GasAnalysis> gasAnalyses(UUID permitId) {
        return onSite.gasTests(permitId).stream()
                .map(t -> new PermitSheet.GasAnalysis(t.sampledAt(), t.samplePoint(), t.analystId(), t.passed(),
                        t.readings().stream()
                                .map(r -> new PermitSheet.Reading(r.gas(), r.value(), r.unit().name())).toList()))
                .toList();
    }
}
