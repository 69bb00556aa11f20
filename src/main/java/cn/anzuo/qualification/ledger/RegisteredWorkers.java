package cn.anzuo.qualification.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The company's workers by ID digest, read with one narrow query. Measured on H2: one pass over a
 * company of 20,000 workers costs about as much as one "digest in (…1,000 values…)" query, which H2
 * evaluates against every worker of the company, so the import matches people in memory instead.
 */
@Repository
class RegisteredWorkers {

    /** A registered worker: enough to match a row and to load the aggregate if needed. */
    record Registered(UUID id, String name) {}

    private final JdbcClient jdbc;

    RegisteredWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Registered> of(UUID companyId) {
        Map<String, Registered> byDigest = new HashMap<>();
        jdbc.sql("select id, name, id_number_digest from worker where company_id = ?")
                .param(companyId)
                .query(rs -> {
                    byDigest.put(rs.getString("id_number_digest"),
                            new Registered(rs.getObject("id", UUID.class), rs.getString("name")));
                });
        return byDigest;
    }
}
