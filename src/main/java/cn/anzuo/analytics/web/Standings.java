package cn.anzuo.analytics.web;

import cn.anzuo.analytics.ComplianceStar;
import cn.anzuo.analytics.ComplianceStars;
import cn.anzuo.analytics.CompanyRank;
import cn.anzuo.analytics.Rankings;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The ranking and the 合规之星 as the API, the exports and the page ask for them: default spans in the company's
 * time zone (this quarter so far; last month), and the rows of their exports, in one place.
 */
@Component
class Standings {

    private static final List<KpiMeasure> RANKING_FIGURES = List.of(KpiMeasure.certifiedWorkRate,
            KpiMeasure.approvalCompletenessRate, KpiMeasure.measureCompletionRate, KpiMeasure.meanApprovalMinutes,
            KpiMeasure.dataCompletenessRate, KpiMeasure.activeMobileUserRate, KpiMeasure.trainingCompletionRate);

    private final Rankings rankings;
    private final ComplianceStars stars;
    private final Organization organization;
    private final KpiTexts texts;
    private final Clock clock;

    Standings(Rankings rankings, ComplianceStars stars, Organization organization, KpiTexts texts, Clock clock) {
        this.rankings = rankings;
        this.stars = stars;
        this.organization = organization;
        this.texts = texts;
        this.clock = clock;
    }

    record RankingSpan(UUID parentId, LocalDate from, LocalDate to) {}

    record StarMonth(UUID companyId, YearMonth month) {}

    /** The API's shape of a star, with its reasons in the reader's language. */
    record Star(UUID workerId, String name, long score, int rank, List<String> reasons) {}

    RankingSpan rankingSpan(CurrentUser me, UUID parentId, LocalDate from, LocalDate to) {
        UUID parent = organization.companyOrOwn(me, parentId);
        LocalDate today = LocalDate.now(clock.withZone(zone(parent)));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).withMonth((end.getMonthValue() - 1) / 3 * 3 + 1) : from;
        return new RankingSpan(parent, start, end);
    }

    List<CompanyRank> ranking(CurrentUser me, RankingSpan span) {
        return rankings.rank(me, span.parentId(), span.from(), span.to());
    }

    StarMonth starMonth(CurrentUser me, UUID companyId, YearMonth month) {
        UUID company = organization.companyOrOwn(me, companyId);
        return new StarMonth(company, month != null ? month
                : YearMonth.now(clock.withZone(zone(company))).minusMonths(1));
    }

    List<Star> stars(StarMonth month, Locale locale) {
        return stars.of(month.companyId(), month.month()).stream().map(s -> star(s, locale)).toList();
    }

    ReportTable rankingTable(RankingSpan span, List<CompanyRank> ranking) {
        Locale zh = KpiTexts.EXPORT;
        List<String> columns = new ArrayList<>(List.of(texts.text("ranking.col.rank", zh),
                texts.text("ranking.col.company", zh), texts.text("ranking.col.score", zh)));
        RANKING_FIGURES.forEach(m -> columns.add(texts.label(m, zh) + texts.text("ranking.unit." + m.unit.name(), zh)));
        List<List<Object>> rows = new ArrayList<>();
        for (CompanyRank r : ranking) {
            List<Object> row = new ArrayList<>(List.of(r.rank(), r.name(), r.score()));
            RANKING_FIGURES.forEach(m -> row.add(texts.exported(m, m.of(r.kpis()))));
            rows.add(row);
        }
        return new ReportTable(texts.text("ranking.title", zh),
                List.of(organization.company(span.parentId()).name(),
                        texts.text("kpi.export.span", zh, span.from(), span.to(), span.from().minusYears(1),
                                span.to().minusYears(1)),
                        texts.text("ranking.formula", zh)),
                columns, rows);
    }

    ReportTable starTable(StarMonth month, List<Star> stars) {
        Locale zh = KpiTexts.EXPORT;
        List<List<Object>> rows = new ArrayList<>();
        for (Star s : stars) {
            rows.add(List.of(s.rank(), s.name(), s.score(), String.join("；", s.reasons())));
        }
        return new ReportTable(texts.text("stars.title", zh),
                List.of(organization.company(month.companyId()).name(), texts.text("stars.month", zh, month.month()),
                        texts.text("stars.rule", zh)),
                List.of(texts.text("ranking.col.rank", zh), texts.text("stars.col.name", zh),
                        texts.text("stars.col.score", zh), texts.text("stars.col.reasons", zh)),
                rows);
    }

    private Star star(ComplianceStar s, Locale locale) {
        return new Star(s.workerId(), s.name(), s.score(), s.rank(), List.of(
                texts.text("stars.reason.closed", locale, s.score()),
                texts.text("stars.reason.noViolation", locale),
                texts.text("stars.reason.noRefusal", locale)));
    }

    private ZoneId zone(UUID companyId) {
        return organization.policy(companyId).zone();
    }
}
