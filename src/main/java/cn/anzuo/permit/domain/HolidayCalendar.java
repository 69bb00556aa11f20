package cn.anzuo.permit.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rest days for the hot-work upgrade: Chinese public holidays as data (national rows for every company,
 * plus a company's own) and weekends, except weekend days marked {@link HolidayKind#WORKDAY} (调休上班).
 * The State Council publishes next year's arrangement late each year; admins enter it here, and the
 * home page warns them while it is missing ({@link #complete}).
 */
@Component
public class HolidayCalendar {

    /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节: a year with fewer named holidays is not entered yet. */
    public static final int STATUTORY_FESTIVALS = 7;

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(), rs.getString(4), HolidayKind.valueOf(rs.getString(5)));

    private final JdbcClient jdbc;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entered day; {@code companyId} null for the national calendar. */
    public record Entry(UUID id, UUID companyId, LocalDate date, String name, HolidayKind kind) {}

    /** The name of the rest day ("国庆节", "周末"), or empty for a working day. */
    public Optional<String> restDay(UUID companyId, LocalDate day) {
        Map<HolidayKind, String> marks = new EnumMap<>(HolidayKind.class);
        jdbc.sql("select kind, name, company_id from holiday where holiday_date = ? and (company_id is null or company_id = ?) "
                        + "order by case when company_id is null then 0 else 1 end")
                .params(Date.valueOf(day), companyId)
                .query((rs, n) -> marks.put(HolidayKind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        if (marks.containsKey(HolidayKind.HOLIDAY) && !marks.containsKey(HolidayKind.WORKDAY)) {
            return Optional.of(marks.get(HolidayKind.HOLIDAY));
        }
        if (marks.containsKey(HolidayKind.WORKDAY)) {
            return Optional.empty();
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? Optional.of("周末") : Optional.empty();
    }

    /** The national and the company's entries of a year, by date. */
    @Transactional(readOnly = true)
    public List<Entry> year(UUID companyId, int year) {
        return jdbc.sql("""
                        select id, company_id, holiday_date, name, kind from holiday
                        where (company_id is null or company_id = ?) and holiday_date >= ? and holiday_date < ?
                        order by holiday_date, case when company_id is null then 0 else 1 end""")
                .params(companyId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(ENTRY)
                .list();
    }

    /** Whether the year's public holidays are entered: every statutory festival has at least one day. */
    @Transactional(readOnly = true)
    public boolean complete(UUID companyId, int year) {
        return year(companyId, year).stream().filter(e -> e.kind() == HolidayKind.HOLIDAY).map(Entry::name)
                .distinct().count() >= STATUTORY_FESTIVALS;
    }

    /** Adds a day; {@code companyId} null adds it to the national calendar. One entry per day and owner. */
    @Transactional
    public Entry add(UUID companyId, LocalDate date, String name, HolidayKind kind) {
        boolean taken = (companyId == null
                ? jdbc.sql("select count(*) from holiday where holiday_date = ? and company_id is null")
                        .param(Date.valueOf(date))
                : jdbc.sql("select count(*) from holiday where holiday_date = ? and company_id = ?")
                        .params(Date.valueOf(date), companyId))
                .query(Long.class).single() > 0;
        if (taken) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "HOLIDAY_EXISTS", "date", date);
        }
        Entry entry = new Entry(UUID.randomUUID(), companyId, date, name.trim(), kind);
        try {
            jdbc.sql("insert into holiday (id, company_id, holiday_date, name, kind) values (?, ?, ?, ?, ?)")
                    .params(entry.id(), companyId, Date.valueOf(date), entry.name(), kind.name()).update();
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "HOLIDAY_EXISTS", "date", date);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(UUID id) {
        return jdbc.sql("select id, company_id, holiday_date, name, kind from holiday where id = ?").param(id)
                .query(ENTRY)
                .optional();
    }

    /** Removes an entry: nothing references a day of the calendar, so it may go. */
    @Transactional
    public void remove(UUID id) {
        if (jdbc.sql("delete from holiday where id = ?").param(id).update() == 0) {
            throw new RecordNotFound("holiday", id);
        }
    }
}
