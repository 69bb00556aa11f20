/**
 * Hazard reports (隐患上报): anyone reports a hazard with a live photo and the place; a safety officer assigns
 * it with a due date; the assignee fixes it; the safety officer verifies and closes it or sends it back.
 * Overdue hazards are reminded. Publishes {@link cn.anzuo.hazard.HazardReported} and
 * {@link cn.anzuo.hazard.HazardClosed} (the closure time feeds the speed KPI).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Hazards",
        allowedDependencies = {"organization", "notification", "permit", "shared"})
package cn.anzuo.hazard;
