package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * The suspension of a {@code SUSPENDED} permit (API.md): its typed cause, the words given, the alarm
 * that caused it (if any), who suspended it (null for the system) and when.
 */
public record Suspension(SuspensionCause cause, String reason, UUID alarmId, UUID by, Instant at) {}
