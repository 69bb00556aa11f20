/**
 * Monitoring (实时监控与异常预警): gas detectors, cameras and face terminals of a site, their telemetry
 * (signed HTTP and MQTT), evaluation against the company's thresholds (GB/T 50493-2019), alarms and
 * their effect on the permits at the site. Publishes {@link cn.anzuo.monitoring.AlarmRaised} and its
 * follow-ups; stops work through the permit facade's system suspension.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"organization", "permit", "shared"})
package cn.anzuo.monitoring;
