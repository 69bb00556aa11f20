package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval chains per (type, level) as ordered role steps. A company's own chain for a (type, level)
 * replaces the default, which is GB 30871-2022 Annex B (B.2).
 */
@Component
public class ApprovalChains {

    public static final String ANY_LEVEL = "ANY";

    private final JdbcClient jdbc;

    ApprovalChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Role> chainFor(UUID companyId, WorkType type, PermitLevel level) {
        String levelKey = level == null ? ANY_LEVEL : level.name();
        List<Role> own = steps(companyId, type, levelKey);
        return own.isEmpty() ? steps(null, type, levelKey) : own;
    }

    /** Whether the company configured its own chain for this (type, level). */
    public boolean customized(UUID companyId, WorkType type, PermitLevel level) {
        return !steps(companyId, type, level == null ? ANY_LEVEL : level.name()).isEmpty();
    }

    /** Replaces the company's chain for (type, level); an empty list goes back to the default. */
    @Transactional
    public void configure(UUID companyId, WorkType type, PermitLevel level, List<Role> roles) {
        String levelKey = level == null ? ANY_LEVEL : level.name();
        jdbc.sql("delete from approval_chain_step where company_id = ? and work_type = ? and level = ?")
                .params(companyId, type.name(), levelKey).update();
        for (int i = 0; i < roles.size(); i++) {
            jdbc.sql("insert into approval_chain_step (id, company_id, work_type, level, seq, role) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), companyId, type.name(), levelKey, i + 1, roles.get(i).name())
                    .update();
        }
    }

    private List<Role> steps(UUID companyId, WorkType type, String level) {
        String companyClause = companyId == null ? "company_id is null" : "company_id = ?";
        var spec = jdbc.sql("select role from approval_chain_step where " + companyClause
                + " and work_type = ? and level = ? order by seq");
        if (companyId != null) {
            spec = spec.param(companyId);
        }
        return spec.param(type.name()).param(level).query(String.class).list().stream().map(Role::valueOf).toList();
    }
}
