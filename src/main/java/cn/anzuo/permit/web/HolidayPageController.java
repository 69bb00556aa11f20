package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.HolidayKind;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import cn.anzuo.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节假日: the year's national and company days that upgrade hot work, with a form to enter next year's
 * arrangement (holidays and the weekend days worked instead) and a button to remove a wrong entry.
 */
@Controller
@RequestMapping("/admin/holidays")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class HolidayPageController {

    private final HolidayCalendar calendar;
    private final Holidays holidays;
    private final Organization organization;
    private final ProblemMessages messages;

    HolidayPageController(HolidayCalendar calendar, Holidays holidays, Organization organization,
            ProblemMessages messages) {
        this.calendar = calendar;
        this.holidays = holidays;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String page(CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        return render(me, year, model);
    }

    @PostMapping
    String add(CurrentUser me, @RequestParam(required = false) String date, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String national, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LocalDate day = null;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            // shown beside the field below
        }
        HolidayKind k = "WORKDAY".equals(kind) ? HolidayKind.WORKDAY : HolidayKind.HOLIDAY;
        String error = null;
        String field = null;
        if (day == null || day.getYear() < 2000 || day.getYear() > 2100) {
            field = "date";
            error = messages.message("holiday.dateInvalid", null, LocaleContextHolder.getLocale());
        } else if (name == null || name.isBlank() || name.length() > 50) {
            field = "name";
            error = messages.message("holiday.nameInvalid", null, LocaleContextHolder.getLocale());
        } else {
            try {
                holidays.add(me, null, "on".equals(national), day, name, k);
                redirect.addFlashAttribute("flash", messages.message("holiday.added", new Object[] {day}, LocaleContextHolder.getLocale()));
                return "redirect:/admin/holidays?year=" + day.getYear();
            } catch (BusinessProblem problem) {
                field = "date";
                error = messages.detail(problem.code(), problem.args(), LocaleContextHolder.getLocale());
                response.setStatus(cn.anzuo.shared.web.ProblemStatus.of(problem).value());
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(422);
        }
        model.addAttribute("error", error);
        model.addAttribute("errorField", field);
        model.addAttribute("date", date);
        model.addAttribute("name", name);
        model.addAttribute("kind", k.name());
        return render(me, day == null ? null : day.getYear(), model);
    }

    @PostMapping("/{id}/delete")
    String remove(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        holidays.remove(me, id);
        redirect.addFlashAttribute("flash", messages.message("holiday.removed", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/holidays" + (year == null ? "" : "?year=" + year);
    }

    private String render(CurrentUser me, Integer year, Model model) {
        int y = year == null || year < 2000 || year > 2100 ? holidays.today(me.companyId()).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("entries", calendar.year(me.companyId(), y));
        model.addAttribute("complete", calendar.complete(me.companyId(), y));
        model.addAttribute("mayEditNational", holidays.mayEditNational(me));
        model.addAttribute("company", organization.company(me.companyId()));
        return "permit/holidays";
    }
}
