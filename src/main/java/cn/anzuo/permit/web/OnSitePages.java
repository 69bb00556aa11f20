package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the on-site pages share: refusals put into words, the company's time zone. */
@Component
class OnSitePages {

    private final ProblemMessages messages;
    private final Qualifications qualifications;
    private final Organization organization;

    OnSitePages(ProblemMessages messages, Qualifications qualifications, Organization organization) {
        this.messages = messages;
        this.qualifications = qualifications;
        this.organization = organization;
    }

    /** A refusal as the page shows it: a headline, its explanation and, for start, every unmet item. */
    record Refusal(String code, String title, String detail, List<Item> items) implements java.io.Serializable {}

    record Item(String code, String title, String detail) implements java.io.Serializable {}

    Refusal refusal(BusinessProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Item> items = new ArrayList<>();
        if (problem.properties().get("unmet") instanceof Collection<?> unmet && unmet.size() > 1) {
            for (Object code : unmet) {
                items.add(item(String.valueOf(code), problem, locale));
            }
        }
        Item head = item(problem.code(), problem, locale);
        String title = items.isEmpty() ? head.title() : messages.message("onsite.refusal.unmet", new Object[] {items.size()},
                locale);
        String detail = items.isEmpty() ? head.detail() : null;
        return new Refusal(problem.code(), title, detail, items);
    }

    private Item item(String code, BusinessProblem problem, Locale locale) {
        String title = messages.message("problem." + code, null, locale);
        String detail = messages.detail(code, code.equals(problem.code()) ? problem.args() : new Object[0], locale);
        if (code.equals("NOT_CHECKED_IN") && problem.properties().get("missingWorkerIds") instanceof Collection<?> ids) {
            String names = qualifications.workers(ids.stream().map(id -> UUID.fromString(String.valueOf(id)))
                    .collect(Collectors.toSet())).stream().map(WorkerView::name).sorted().collect(Collectors.joining("、"));
            detail = detail + " " + messages.message("onsite.refusal.missing", new Object[] {names}, locale);
        }
        return new Item(code, title, detail);
    }

    /** A message of the bundles. */
    String text(String key, Object... args) {
        return messages.message(key, args, LocaleContextHolder.getLocale());
    }

    cn.anzuo.organization.CompanyPolicy policy(UUID companyId) {
        return organization.policy(companyId);
    }

    ZoneId zone(UUID companyId) {
        return organization.policy(companyId).zone();
    }

    static boolean between(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
