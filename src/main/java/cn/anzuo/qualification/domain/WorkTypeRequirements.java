package cn.anzuo.qualification.domain;

import cn.anzuo.shared.WorkType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which certificate items qualify a worker for a work type (DOMAIN.md §2.3): a company's own rows
 * for that type replace the defaults; no rows at all means the type needs no operator certificate.
 */
@Component
public class WorkTypeRequirements {

    public static final String GUARDIAN_ITEM = "GUARDIAN";

    private final JdbcClient jdbc;

    WorkTypeRequirements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> itemsFor(UUID companyId, WorkType type) {
        List<Row> rows = jdbc.sql("""
                        select company_id, item_code from work_type_requirement
                        where work_type = ? and (company_id is null or company_id = ?)""")
                .params(type.name(), companyId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        boolean companyOwn = rows.stream().anyMatch(r -> r.companyId() != null);
        Set<String> items = new LinkedHashSet<>();
        rows.stream().filter(r -> (r.companyId() != null) == companyOwn).forEach(r -> items.add(r.itemCode()));
        return items;
    }

    private record Row(UUID companyId, String itemCode) {}
}
