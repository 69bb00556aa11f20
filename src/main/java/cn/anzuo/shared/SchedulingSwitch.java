package cn.anzuo.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, voiding, expiry) run unless {@code anzuo.scheduling.enabled=false} — for
 * a node that should only serve requests, or a test context that moves its clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "anzuo.scheduling.enabled", matchIfMissing = true)
class SchedulingSwitch {}
