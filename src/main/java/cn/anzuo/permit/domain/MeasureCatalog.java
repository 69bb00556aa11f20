package cn.anzuo.permit.domain;

import cn.anzuo.shared.WorkType;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Annex A safety-measure checklists of each type, with stable codes (HW-01 …), as data. */
@Component
public class MeasureCatalog {

    private final JdbcClient jdbc;

    MeasureCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Measure(String code, String textZh, String textEn) {}

    public List<Measure> of(WorkType type) {
        return jdbc.sql("select code, text_zh, text_en from permit_measure_item where work_type = ? order by seq")
                .param(type.name())
                .query((rs, n) -> new Measure(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
