package cn.anzuo.archive.domain;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (issue 12 item 8, PRODUCT.md §2.5). Site photos keep their image for the company's
 * {@code photoRetentionDays} (a company administrator's setting; without one, {@code anzuo.archive.photo-retention},
 * default P1095D) and never less than {@value #MINIMUM_DAYS} days; after that the image bytes are emptied, while
 * the photo row keeps its SHA-256 and the trace — which only ever holds hashes — still verifies.
 * Permits and trace rows have no retention setting because nothing deletes them: the trace is append-only and
 * each chain needs every row, so "permits ≥ 1 year" is met by keeping them all, for good.
 */
@Component
public class Retention {

    public static final int MINIMUM_DAYS = 365;
    /** A hundred years: beyond it "keep" is meant, and a larger span would overflow the cut-off's arithmetic. */
    public static final int MAXIMUM_DAYS = 36_500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int defaultDays;

    private final CompanyModules modules;

    Retention(JdbcClient jdbc, Clock clock, @Value("${anzuo.archive.photo-retention:P1095D}") Duration photoRetention,
            CompanyModules modules) {
        this.modules = modules;
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultDays = (int) Math.clamp(photoRetention.toDays(), MINIMUM_DAYS, MAXIMUM_DAYS);
    }

    /**
     * A company's effective settings.
     *
     * @param companySetting whether the company chose its photo retention, or the default applies
     */
    public record Settings(UUID companyId, int photoRetentionDays, boolean companySetting, int defaultPhotoRetentionDays) {}

    @Transactional(readOnly = true)
    public Settings settings(UUID companyId) {
        return jdbc.sql("select photo_retention_days from archive_retention where company_id = ?").param(companyId)
                .query(Integer.class).optional()
                .map(days -> new Settings(companyId, days, true, defaultDays))
                .orElse(new Settings(companyId, defaultDays, false, defaultDays));
    }

    /** Sets the company's photo retention in days; {@code null} returns it to the default. */
    @Transactional
    public Settings changePhotoRetention(UUID companyId, Integer days, UUID by) {
        if (days == null) {
            jdbc.sql("delete from archive_retention where company_id = ?").param(companyId).update();
            return settings(companyId);
        }
        check(days);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update archive_retention set photo_retention_days = ?, changed_at = ?, changed_by = ? where company_id = ?")
                .params(days, now, by, companyId).update();
        if (updated == 0) {
            jdbc.sql("insert into archive_retention (company_id, photo_retention_days, changed_at, changed_by) values (?, ?, ?, ?)")
                    .params(companyId, days, now, by).update();
        }
        return settings(companyId);
    }

    /** The limits of a photo retention, as the problem the user sees. */
    static void check(int days) {
        if (days < MINIMUM_DAYS) {
            throw new BusinessProblem(ProblemKind.RULE, "RETENTION_TOO_SHORT", "photoRetentionDays",
                    String.valueOf(MINIMUM_DAYS), String.valueOf(days)) // as text: no "1,095" grouping
                    .with("minimumDays", MINIMUM_DAYS);
        }
        if (days > MAXIMUM_DAYS) {
            throw new BusinessProblem(ProblemKind.RULE, "RETENTION_TOO_LONG", "photoRetentionDays",
                    String.valueOf(MAXIMUM_DAYS), String.valueOf(days))
                    .with("maximumDays", MAXIMUM_DAYS);
        }
    }

    @Scheduled(cron = "${anzuo.archive.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "archive-retention", lockAtMostFor = "PT30M")
    public void scheduled() {
        purgePhotos(clock.instant());
    }

    /** Empties the images of photos taken before {@code now} minus their company's retention; returns how many. */
    @Transactional
    public int purgePhotos(Instant now) {
        List<UUID> companies = jdbc.sql("select distinct company_id from permit_photo where content_type <> 'purged'")
                .query(UUID.class).list();
        int purged = 0;
        for (UUID company : companies) {
            if (!modules.enabled(company, OptionalModule.ARCHIVE)) {
                continue; // archive switched off: photos are kept (never purged early); purged on the first run after
            }
            Instant cutOff = now.minus(Duration.ofDays(settings(company).photoRetentionDays()));
            purged += jdbc.sql("""
                            update permit_photo set content = ?, content_type = 'purged'
                             where company_id = ? and taken_at < ? and content_type <> 'purged'""")
                    .params(new byte[0], company, Timestamp.from(cutOff)).update();
        }
        return purged;
    }

    /** The default photo retention, for companies without a setting of their own. */
    public Duration photoRetention() {
        return Duration.ofDays(defaultDays);
    }
}
