package cn.anzuo.permit.web;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRisk;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.WorkType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A permit as API.md shows it; times with the company's offset. */
record PermitResponse(
        UUID id,
        String number,
        WorkType type,
        PermitLevel level,
        PermitLevel requestedLevel,
        String levelReason,
        PermitStatus status,
        UUID companyId,
        UUID siteId,
        String siteName,
        boolean outdoor,
        String location,
        String content,
        OffsetDateTime plannedStart,
        OffsetDateTime plannedEnd,
        Person leader,
        List<Person> workers,
        Person guardian,
        String hazards,
        String emergencyMeasures,
        String otherMeasures,
        List<Measure> measures,
        BigDecimal heightMeters,
        List<String> hazardFactors,
        BigDecimal loadTonnes,
        List<UUID> relatedPermitIds,
        Double latitude,
        Double longitude,
        List<Step> approvalSteps,
        boolean expedite,
        String expediteReason,
        String rejectionReason,
        OffsetDateTime createdAt,
        OffsetDateTime finalDecisionAt,
        Long approvalMinutes,
        SuspensionView suspension,
        List<HistoryEntry> history,
        List<String> warnings,
        List<String> flags,
        PermitRisk risk) {

    /** API.md "Suspension": present while the permit is SUSPENDED. */
    record SuspensionView(SuspensionCause cause, String reason, UUID alarmId, UUID by, OffsetDateTime at) {}

    /** One act on the permit: who (a user or the system's rule), when, from which status to which. */
    record HistoryEntry(OffsetDateTime at, String action, PermitStatus from, PermitStatus to, UUID userId,
            String system, String reason) {}

    record Person(UUID id, String name) {}

    record Measure(String code, boolean applicable, List<String> blanks) {}

    record Step(int seq, String role, String status, UUID decidedById, String decidedBy, OffsetDateTime decidedAt,
            String comment, Double latitude, Double longitude, String signatureSha256, boolean signed) {}

    static PermitResponse of(WorkPermit p, Map<UUID, String> names, String siteName, ZoneId zone, List<String> warnings,
            List<String> flags, PermitRisk risk) {
        List<Step> steps = new ArrayList<>();
        List<ApprovalStep> approvalSteps = p.approvalSteps();
        for (int i = 0; i < approvalSteps.size(); i++) {
            ApprovalStep s = approvalSteps.get(i);
            steps.add(new Step(i + 1, s.role().name(), s.status().name(), s.decidedBy(), s.decidedByName(),
                    at(s.decidedAt(), zone), s.comment(), s.latitude(), s.longitude(), s.signatureSha256(),
                    s.signatureId() != null));
        }
        Long minutes = p.finalDecisionAt() == null ? null
                : Duration.between(p.createdAt(), p.finalDecisionAt()).toMinutes();
        return new PermitResponse(p.id(), p.number(), p.workType(), p.level(), p.requestedLevel(), p.levelReason(),
                p.status(), p.companyId(), p.siteId(), siteName, p.outdoor(), p.location(), p.content(), at(p.plannedStart(), zone),
                at(p.plannedEnd(), zone), person(p.leaderId(), names),
                p.workerIds().stream().map(id -> person(id, names)).toList(), person(p.guardianId(), names),
                p.hazards(), p.emergencyMeasures(), p.otherMeasures(),
                p.measures().stream().map(m -> new Measure(m.code(), m.applicable(), m.blankValues())).toList(), p.heightMeters(),
                p.hazardFactors().stream().map(Enum::name).sorted().toList(), p.loadTonnes(),
                p.relatedPermitIds(), p.point() == null ? null : p.point().latitude(),
                p.point() == null ? null : p.point().longitude(), steps, p.expedite(), p.expediteReason(), p.rejectionReason(),
                at(p.createdAt(), zone), at(p.finalDecisionAt(), zone), minutes,
                p.suspension().map(x -> new SuspensionView(x.cause(), x.reason(), x.alarmId(), x.by(), at(x.at(), zone)))
                        .orElse(null),
                p.history().stream().map(h -> new HistoryEntry(at(h.occurredAt(), zone), h.action(), h.fromStatus(),
                        h.toStatus(), h.actorUserId(), h.actorSystem(), h.reason())).toList(),
                warnings, flags, risk);
    }

    private static Person person(UUID id, Map<UUID, String> names) {
        return new Person(id, names.get(id));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
