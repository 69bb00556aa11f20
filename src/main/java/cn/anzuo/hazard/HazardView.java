package cn.anzuo.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A hazard report as the API and pages show it. */
public record HazardView(UUID id, UUID companyId, UUID siteId, String description, Double latitude, Double longitude,
        UUID photoId, HazardStatus status, UUID reportedBy, Instant reportedAt, UUID assigneeUserId, LocalDate dueOn,
        Instant assignedAt, String fixNote, Instant fixedAt, Instant closedAt, int rejections, boolean overdue) {
}
