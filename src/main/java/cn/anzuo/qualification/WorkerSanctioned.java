package cn.anzuo.qualification;

import java.time.Instant;
import java.util.UUID;

/**
 * A violation was recorded against a worker (a failed spot check, or by a safety officer or auditor) and
 * the worker was sanctioned: {@code WARNING} for the first in 12 months, {@code SUSPENDED} after that.
 * Published in the recording transaction; the notification module tells the worker.
 *
 * @param permitId the permit the violation was found on, or null
 */
public record WorkerSanctioned(UUID violationId, UUID workerId, UUID companyId, UUID permitId, String kind,
        String note, String sanction, Instant at) {}
