package cn.anzuo.analytics;

import java.util.UUID;

/**
 * A 合规之星 of a month (API.md {@code GET /compliance-stars}): a worker with no violation and no refusal at the
 * qualification gate that month, scored by the permits closed that month that named them.
 */
public record ComplianceStar(UUID workerId, String name, long score, int rank) {}
