package cn.anzuo.permit;

import java.util.List;
import java.util.UUID;

/** What a face event did: refused (liveness false or similarity below the policy), or the permits it checked the worker in on. */
public record FaceOutcome(boolean accepted, double minimumSimilarity, List<UUID> checkedInPermitIds) {
}
