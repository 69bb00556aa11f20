package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work stopped; it resumes only under the rules of its cause and the interruption limits. */
public record PermitSuspended(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by,
        SuspensionCause cause, String reason, UUID alarmId) {}
