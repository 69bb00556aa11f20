package cn.anzuo.analytics;

import java.util.UUID;

/** One subsidiary in a ranking (API.md {@code GET /kpis/ranking}): its score, its rank and the figures behind it. */
public record CompanyRank(UUID companyId, String name, double score, int rank, KpiFigures kpis) {}
