package cn.anzuo.permit.domain;

import cn.anzuo.permit.onsite.GasTestView;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the site shows when someone asks to start or resume: whether the type needs gas analyses
 * there, the analyses recorded, who has checked in, whether the alarm behind an alarm suspension was
 * acknowledged, and the company's time zone (a new day needs a new hot-work analysis, 5.3.1d).
 */
public record SiteEvidence(boolean gasNeeded, List<GasTestView> gasTests, Set<UUID> checkedIn,
        boolean alarmAcknowledged, ZoneId zone, boolean guardianPresent) {

    /** Evidence where the guardian's reported presence does not matter (not suspended for absence). */
    public SiteEvidence(boolean gasNeeded, List<GasTestView> gasTests, Set<UUID> checkedIn, boolean alarmAcknowledged,
            ZoneId zone) {
        this(gasNeeded, gasTests, checkedIn, alarmAcknowledged, zone, true);
    }

    public SiteEvidence {
        gasTests = List.copyOf(gasTests);
        checkedIn = Set.copyOf(checkedIn);
    }
}
