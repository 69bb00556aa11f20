package cn.anzuo.permit.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rest days for the hot-work upgrade: Chinese public holidays (data, editable, national rows plus a
 * company's own) and weekends, except weekend days marked WORKDAY (调休上班).
 */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of the rest day ("国庆节", "周末"), or empty for a working day. */
    public Optional<String> restDay(UUID companyId, LocalDate day) {
        Map<String, String> marks = new HashMap<>();
        jdbc.sql("select kind, name, company_id from holiday where holiday_date = ? and (company_id is null or company_id = ?) "
                        + "order by case when company_id is null then 0 else 1 end")
                .params(java.sql.Date.valueOf(day), companyId)
                .query((rs, n) -> marks.put(rs.getString(1), rs.getString(2)))
                .list();
        if (marks.containsKey("HOLIDAY") && !marks.containsKey("WORKDAY")) {
            return Optional.of(marks.get("HOLIDAY"));
        }
        if (marks.containsKey("WORKDAY")) {
            return Optional.empty();
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? Optional.of("周末") : Optional.empty();
    }
}
