package cn.anzuo.permit.onsite;

import java.time.Instant;
import java.util.UUID;

/** A person's check-in at a permit's site. */
public record CheckInRecord(UUID id, UUID permitId, UUID workerId, ProofMethod method, Instant at, double distanceMeters,
        boolean withinGeofence) {}
