package cn.anzuo.analytics.web;

import cn.anzuo.analytics.Kpis;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The parameters of {@code GET /kpis} turned into companies and days, in one place so the JSON, the exports
 * and the dashboard answer the same span for the same query (docs/kpis.md "The request").
 */
@Component
class KpiSpans {

    private final Kpis kpis;
    private final Organization organization;
    private final Clock clock;

    KpiSpans(Kpis kpis, Organization organization, Clock clock) {
        this.kpis = kpis;
        this.organization = organization;
        this.clock = clock;
    }

    /** Companies covered and the inclusive days; the company must be visible (404 otherwise). */
    record KpiSpan(Set<UUID> companies, LocalDate from, LocalDate to, LocalDate today) {

        UUID company() {
            return companies.iterator().next();
        }
    }

    KpiSpan resolve(CurrentUser me, UUID companyId, LocalDate from, LocalDate to, boolean includeSubsidiaries) {
        Set<UUID> companies = kpis.companies(me, companyId, includeSubsidiaries);
        // "today" is the company's day, not the server's: a span ends where the plant's day ends
        LocalDate today = LocalDate.now(clock.withZone(organization.policy(companies.iterator().next()).zone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        return new KpiSpan(companies, start, end, today);
    }
}
