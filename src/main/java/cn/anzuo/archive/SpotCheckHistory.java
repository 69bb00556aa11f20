package cn.anzuo.archive;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of a company's monthly spot checks for readers outside the archive (the risk score learns from
 * them): a failed check counts even when the auditor named nobody, so no violation was recorded.
 */
@Service
@Transactional(readOnly = true)
public class SpotCheckHistory {

    private final JdbcClient jdbc;

    SpotCheckHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The permits of the company that a spot check found failing. */
    public Set<UUID> failedPermits(UUID companyId) {
        return new HashSet<>(jdbc.sql("""
                select i.permit_id from spot_check_item i join spot_check c on c.id = i.spot_check_id
                 where c.company_id = ? and i.result = 'FAIL'""")
                .param(companyId).query(UUID.class).list());
    }
}
