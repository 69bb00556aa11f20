package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.HolidayKind;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeNotice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may edit which part of the holiday calendar, for the API and the page alike: a company's own days
 * by its admins (or a group admin who sees it); the national days by a group admin of a root company.
 * Also the home-page warning to admins while this or next year's public holidays are not entered.
 */
@Component
class Holidays implements HomeNotice.Source {

    private final HolidayCalendar calendar;
    private final Organization organization;
    private final Clock clock;

    Holidays(HolidayCalendar calendar, Organization organization, Clock clock) {
        this.calendar = calendar;
        this.organization = organization;
        this.clock = clock;
    }

    static boolean isAdmin(CurrentUser me) {
        return me.hasAny(Role.COMPANY_ADMIN, Role.GROUP_ADMIN);
    }

    boolean mayEditNational(CurrentUser me) {
        return me.has(Role.GROUP_ADMIN) && organization.company(me.companyId()).parentId() == null;
    }

    /** The owner a new entry goes to: null for the national calendar, else a company the admin may edit. */
    UUID owner(CurrentUser me, UUID companyId, boolean national) {
        if (!isAdmin(me)) {
            throw new NotAllowed();
        }
        if (national) {
            if (!mayEditNational(me)) {
                throw new NotAllowed();
            }
            return null;
        }
        return organization.companyOrOwn(me, companyId);
    }

    HolidayCalendar.Entry add(CurrentUser me, UUID companyId, boolean national, LocalDate date, String name,
            HolidayKind kind) {
        return calendar.add(owner(me, companyId, national), date, name, kind);
    }

    void remove(CurrentUser me, UUID id) {
        if (!isAdmin(me)) {
            throw new NotAllowed();
        }
        HolidayCalendar.Entry entry = calendar.find(id).orElseThrow(() -> new RecordNotFound("holiday", id));
        if (entry.companyId() == null) {
            if (!mayEditNational(me)) {
                throw new NotAllowed();
            }
        } else if (!organization.canSee(me, entry.companyId())) {
            throw new RecordNotFound("holiday", id);
        }
        calendar.remove(id);
    }

    LocalDate today(UUID companyId) {
        return LocalDate.now(clock.withZone(organization.policy(companyId).zone()));
    }

    @Override
    public List<HomeNotice> noticesFor(CurrentUser me) {
        if (!isAdmin(me)) {
            return List.of();
        }
        LocalDate today = today(me.companyId());
        // The State Council publishes next year's arrangement in Q4: ask for it from October on.
        List<Integer> years = today.getMonthValue() >= 10 ? List.of(today.getYear(), today.getYear() + 1)
                : List.of(today.getYear());
        return years.stream().filter(year -> !calendar.complete(me.companyId(), year))
                .map(year -> new HomeNotice("holiday.missing", List.of(String.valueOf(year)),
                        "/admin/holidays?year=" + year))
                .toList();
    }
}
