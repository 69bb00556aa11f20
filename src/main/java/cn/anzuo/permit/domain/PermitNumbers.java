package cn.anzuo.permit.domain;

import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permit numbers per company, type and day: {@code DH-20261201-0001}. The counter row is locked by
 * the update, so concurrent applications get distinct numbers on every node.
 */
@Component
public class PermitNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    PermitNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(UUID companyId, WorkType type, LocalDate day) {
        String prefix = type.numberPrefix() + "-" + DAY.format(day);
        String key = companyId + ":" + prefix;
        jdbc.sql("insert into permit_counter (counter_key, last_value) values (?, 0) on conflict do nothing")
                .param(key).update();
        jdbc.sql("update permit_counter set last_value = last_value + 1 where counter_key = ?").param(key).update();
        int value = jdbc.sql("select last_value from permit_counter where counter_key = ?")
                .param(key).query(Integer.class).single();
        return prefix + "-" + String.format("%04d", value);
    }
}
