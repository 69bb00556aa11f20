package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an application fixes for the permit's whole life. */
public record PermitApplication(
        UUID companyId, String number, WorkType type, PermitLevel level, PermitLevel requestedLevel,
        String levelReason, UUID siteId, String location, String content, TimeWindow window, UUID leaderId,
        List<UUID> workerIds, UUID guardianId, UUID applicantId, String hazards, String emergencyMeasures,
        BigDecimal heightMeters, BigDecimal loadTonnes, Set<HazardFactor> hazardFactors, List<PermitMeasure> measures,
        Set<UUID> relatedPermitIds, boolean expedite, String expediteReason, List<Role> chain,
        String otherMeasures, boolean outdoor, GeoPoint point) {

    public PermitApplication {
        hazardFactors = hazardFactors == null ? Set.of() : Set.copyOf(hazardFactors);
    }

    /** An outdoor application (the default of API.md "Risk rules") without a point. */
    public PermitApplication(UUID companyId, String number, WorkType type, PermitLevel level, PermitLevel requestedLevel,
            String levelReason, UUID siteId, String location, String content, TimeWindow window, UUID leaderId,
            List<UUID> workerIds, UUID guardianId, UUID applicantId, String hazards, String emergencyMeasures,
            BigDecimal heightMeters, BigDecimal loadTonnes, Set<HazardFactor> hazardFactors,
            List<PermitMeasure> measures, Set<UUID> relatedPermitIds, boolean expedite, String expediteReason,
            List<Role> chain, String otherMeasures) {
        this(companyId, number, type, level, requestedLevel, levelReason, siteId, location, content, window, leaderId,
                workerIds, guardianId, applicantId, hazards, emergencyMeasures, heightMeters, loadTonnes,
                hazardFactors, measures, relatedPermitIds, expedite, expediteReason, chain, otherMeasures, true, null);
    }

    /** An application without other measures (item 16 left blank). */
    public PermitApplication(UUID companyId, String number, WorkType type, PermitLevel level, PermitLevel requestedLevel,
            String levelReason, UUID siteId, String location, String content, TimeWindow window, UUID leaderId,
            List<UUID> workerIds, UUID guardianId, UUID applicantId, String hazards, String emergencyMeasures,
            BigDecimal heightMeters, BigDecimal loadTonnes, Set<HazardFactor> hazardFactors,
            List<PermitMeasure> measures, Set<UUID> relatedPermitIds, boolean expedite, String expediteReason,
            List<Role> chain) {
        this(companyId, number, type, level, requestedLevel, levelReason, siteId, location, content, window, leaderId,
                workerIds, guardianId, applicantId, hazards, emergencyMeasures, heightMeters, loadTonnes,
                hazardFactors, measures, relatedPermitIds, expedite, expediteReason, chain, null, true, null);
    }
}
