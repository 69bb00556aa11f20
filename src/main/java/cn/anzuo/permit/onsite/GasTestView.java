package cn.anzuo.permit.onsite;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded gas analysis (气体分析). */
public record GasTestView(UUID id, UUID permitId, Instant sampledAt, String samplePoint, UUID analystId, boolean passed,
        List<GasReading> readings, List<GasFailure> failures, Instant recordedAt) {}
