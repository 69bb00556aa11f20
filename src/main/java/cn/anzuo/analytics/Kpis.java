package cn.anzuo.analytics;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.domain.KpiDefinitions;
import cn.anzuo.analytics.domain.KpiRebuild;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.security.CurrentUser;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics module's facade: the KPIs of a company (or a group with its subsidiaries) over a span of days,
 * with the same span a year earlier, read from the daily facts; and the rebuild of those facts from history.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

    private final DailyFacts facts;
    private final Organization organization;
    private final Qualifications qualifications;
    private final KpiRebuild rebuild;

    Kpis(DailyFacts facts, Organization organization, Qualifications qualifications, KpiRebuild rebuild) {
        this.facts = facts;
        this.organization = organization;
        this.qualifications = qualifications;
        this.rebuild = rebuild;
    }

    /**
     * The companies a request covers: the one asked for (the caller's own when null), plus its subsidiaries the
     * caller can see when {@code includeSubsidiaries}. A company the caller cannot see is not found (404).
     */
    public Set<UUID> companies(CurrentUser user, UUID companyId, boolean includeSubsidiaries) {
        UUID root = organization.companyOrOwn(user, companyId);
        return includeSubsidiaries ? CompanyTree.subtree(root, organization.visibleCompanies(user)) : Set.of(root);
    }

    /** The figures of the span {@code from}–{@code to} (inclusive), with the same span a year earlier as {@code previous}. */
    public KpiFigures compared(Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "to");
        }
        return figures(companyIds, from, to).withPrevious(figures(companyIds, from.minusYears(1), to.minusYears(1)));
    }

    /** The figures of the span alone. */
    public KpiFigures figures(Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        return KpiDefinitions.figures(facts.totals(companyIds, from, to), users(companyIds), workers(companyIds));
    }

    /** Forgets the company's facts and counts its history again; answers how many events were counted. */
    @Transactional
    public int rebuild(UUID companyId) {
        return rebuild.rebuild(companyId);
    }

    // Head counts of today: the facts keep who was active, not who had an account on each day.
    private long users(Collection<UUID> companyIds) {
        return organization.enabledUserCount(companyIds);
    }

    private long workers(Collection<UUID> companyIds) {
        return qualifications.enabledWorkerCount(companyIds);
    }
}
