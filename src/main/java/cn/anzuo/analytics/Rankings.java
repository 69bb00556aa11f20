package cn.anzuo.analytics;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.domain.KpiDefinitions;
import cn.anzuo.analytics.domain.KpiDefinitions.Totals;
import cn.anzuo.analytics.domain.RankingScore;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.ChineseNameOrder;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of a company's subsidiaries over a span (API.md {@code GET /kpis/ranking}; the score is
 * {@link RankingScore}). Each subsidiary counts with its own subsidiaries, as {@code GET /kpis} with
 * {@code includeSubsidiaries=true} would answer for it; the facts are read in a few grouped queries.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {


    private final DailyFacts facts;
    private final Organization organization;
    private final Qualifications qualifications;

    Rankings(DailyFacts facts, Organization organization, Qualifications qualifications) {
        this.facts = facts;
        this.organization = organization;
        this.qualifications = qualifications;
    }

    /**
     * The subsidiaries of {@code parentId} (the caller's company when null) that the caller sees, best first;
     * equal scores share a rank and are ordered by name. A parent the caller cannot see is not found.
     */
    public List<CompanyRank> rank(CurrentUser user, UUID parentId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "to");
        }
        UUID parent = organization.companyOrOwn(user, parentId);
        List<CompanyView> visible = organization.visibleCompanies(user);
        List<CompanyView> children = visible.stream().filter(c -> parent.equals(c.parentId())).toList();
        Map<UUID, Set<UUID>> subtrees = new java.util.LinkedHashMap<>();
        for (CompanyView child : children) {
            subtrees.put(child.id(), CompanyTree.subtree(child.id(), visible));
        }
        Set<UUID> all = new LinkedHashSet<>();
        subtrees.values().forEach(all::addAll);
        Map<UUID, Totals> now = facts.totalsPerCompany(all, from, to);
        Map<UUID, Totals> earlier = facts.totalsPerCompany(all, from.minusYears(1), to.minusYears(1));

        List<Scored> scored = new ArrayList<>();
        for (CompanyView child : children) {
            Set<UUID> companies = subtrees.get(child.id());
            long users = organization.enabledUserCount(companies);
            long workers = qualifications.enabledWorkerCount(companies);
            KpiFigures figures = KpiDefinitions.figures(sum(now, companies), users, workers)
                    .withPrevious(KpiDefinitions.figures(sum(earlier, companies), users, workers));
            scored.add(new Scored(child, figures, RankingScore.of(figures)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.company().name(), ChineseNameOrder.COMPARATOR)
                .thenComparing(s -> s.company().id()));
        List<CompanyRank> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score() == s.score() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new CompanyRank(s.company().id(), s.company().name(), s.score(), rank, s.figures()));
        }
        return ranking;
    }

    private record Scored(CompanyView company, KpiFigures figures, double score) {}

    private static Totals sum(Map<UUID, Totals> perCompany, Set<UUID> companies) {
        Totals total = Totals.none();
        for (UUID company : companies) {
            Totals one = perCompany.get(company);
            if (one != null) {
                total = total.plus(one);
            }
        }
        return total;
    }
}
