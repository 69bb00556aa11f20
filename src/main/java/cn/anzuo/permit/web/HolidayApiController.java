package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.HolidayKind;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar that upgrades hot work (GB 30871 5.1.1): national days and a company's own. */
@RestController
@RequestMapping("/api/v1/holidays")
@Tag(name = "Holiday calendar")
class HolidayApiController {

    private final HolidayCalendar calendar;
    private final Holidays holidays;
    private final Organization organization;

    HolidayApiController(HolidayCalendar calendar, Holidays holidays, Organization organization) {
        this.calendar = calendar;
        this.holidays = holidays;
        this.organization = organization;
    }

    record HolidayRequest(UUID companyId, Boolean national, @NotNull LocalDate date,
            @NotBlank @Size(max = 50) String name, @NotNull HolidayKind kind) {}

    record HolidayResponse(UUID id, UUID companyId, boolean national, LocalDate date, String name, HolidayKind kind) {
        static HolidayResponse of(HolidayCalendar.Entry e) {
            return new HolidayResponse(e.id(), e.companyId(), e.companyId() == null, e.date(), e.name(), e.kind());
        }
    }

    record YearResponse(int year, boolean complete, List<HolidayResponse> items) {}

    @GetMapping
    @Operation(summary = "The national and the company's calendar of a year",
            description = "complete is false while fewer than the 7 statutory festivals are entered")
    YearResponse year(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam @Min(2000) @Max(2100) int year) {
        UUID company = organization.companyOrOwn(me, companyId);
        return new YearResponse(year, calendar.complete(company, year),
                calendar.year(company, year).stream().map(HolidayResponse::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a holiday or a worked weekend day (COMPANY_ADMIN; national: GROUP_ADMIN of the root)",
            description = "409 HOLIDAY_EXISTS (that day is entered already for that owner)")
    HolidayResponse add(CurrentUser me, @Valid @RequestBody HolidayRequest r) {
        return HolidayResponse.of(holidays.add(me, r.companyId(), Boolean.TRUE.equals(r.national()), r.date(), r.name(),
                r.kind()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(CurrentUser me, @PathVariable UUID id) {
        holidays.remove(me, id);
    }
}
