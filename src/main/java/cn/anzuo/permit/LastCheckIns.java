package cn.anzuo.permit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a person last checked in on site, for pages that preselect "the place I am at" (隐患上报). */
@Service
@Transactional(readOnly = true)
public class LastCheckIns {

    /** The site of the person's latest check-in, and when it was. */
    public record Place(UUID siteId, Instant at) {}

    private final JdbcClient jdbc;

    LastCheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** user_id leads the order so that H2 reads one entry of check_in_user, not every check-in of theirs (ADR 0088). */
    public Optional<Place> of(UUID userId) {
        return jdbc.sql("""
                        select p.site_id, c.checked_in_at from check_in c join work_permit p on p.id = c.permit_id
                         where c.user_id = ? order by c.user_id desc, c.checked_in_at desc limit 1""")
                .param(userId)
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .optional();
    }
}
