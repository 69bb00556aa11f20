package cn.anzuo.permit;

import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a permit's paper form (GB 30871 Annex A) shows, as other modules read it: what was applied
 * for, the checklist answers with their text, each approval with its signature image, and what was
 * recorded on site. People are ids; their names are the reader's to look up.
 */
public record PermitSheet(PermitRecord permit, UUID applicantId, Instant appliedAt, String location, String content,
        String hazards, String emergencyMeasures, String otherMeasures, BigDecimal heightMeters, BigDecimal loadTonnes,
        List<String> relatedNumbers, List<Measure> measures, List<Approval> approvals, List<GasAnalysis> gasAnalyses,
        List<CheckIn> checkIns, Instant shiftCheckedAt, Instant startedAt, Instant completedAt, Instant leaderAcceptedAt,
        Instant guardianAcceptedAt) {

    public PermitSheet {
        relatedNumbers = List.copyOf(relatedNumbers);
        measures = List.copyOf(measures);
        approvals = List.copyOf(approvals);
        gasAnalyses = List.copyOf(gasAnalyses);
        checkIns = List.copyOf(checkIns);
    }

    /** One checklist item: its text with the blanks filled in, and whether it applies (是否涉及); null if unanswered. */
    public record Measure(String code, String textZh, String textEn, Boolean applicable) {}

    /** One step of the approval chain; {@code signaturePng} is the handwritten signature as stored, or null. */
    public record Approval(int seq, Role role, String status, UUID decidedBy, String decidedByName, Instant decidedAt,
            String comment, byte[] signaturePng) {}

    public record GasAnalysis(Instant sampledAt, String samplePoint, UUID analystId, boolean passed,
            List<Reading> readings) {}

    /** A measured value; {@code unit} is one of PCT_VOL, PCT_LEL, PPM, MG_M3. */
    public record Reading(String gas, double value, String unit) {}

    public record CheckIn(UUID workerId, Instant at, String method) {}
}
