package cn.anzuo.risk.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains each company's model once a night, from 02:00 company time (ADR 0077). The job runs every quarter
 * hour so a node that was down at 02:00 catches up; ShedLock keeps it to one node at a time, and the company's
 * {@code trained_on} day makes a rerun the same night train nothing.
 */
@Component
public class NightlyRetraining {

    private static final Logger log = LoggerFactory.getLogger(NightlyRetraining.class);

    static final LocalTime FROM = LocalTime.of(2, 0);

    /** A company this run trained, and what it got. */
    public record Trained(UUID companyId, RiskModel.Kind kind, int permits, int positives) {}

    private final Organization organization;
    private final RiskHistory history;
    private final RiskModels models;
    private final Clock clock;

    NightlyRetraining(Organization organization, RiskHistory history, RiskModels models, Clock clock) {
        this.organization = organization;
        this.history = history;
        this.models = models;
        this.clock = clock;
    }

    @Scheduled(cron = "${anzuo.risk.cron:0 */15 * * * *}")
    @SchedulerLock(name = "risk-retraining", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        List<Trained> trained = retrainDue(organization.enabledCompanyIds());
        if (!trained.isEmpty()) {
            log.info("Risk models retrained: {}", trained);
        }
    }

    /** Trains every company of these whose night has come and that was not trained this night yet. */
    public List<Trained> retrainDue(Collection<UUID> companyIds) {
        Instant now = clock.instant();
        List<Trained> trained = new ArrayList<>();
        for (UUID companyId : companyIds) {
            ZonedDateTime local = now.atZone(organization.policy(companyId).zone());
            LocalDate night = local.toLocalDate();
            if (local.toLocalTime().isBefore(FROM) || models.trainedOn(companyId).filter(d -> !d.isBefore(night)).isPresent()) {
                continue;
            }
            try {
                trained.add(retrain(companyId, night, now));
            } catch (RuntimeException e) {
                // One company's bad history must not keep the others' models stale; it is retried next run.
                log.warn("Risk model of company {} not retrained", companyId, e);
            }
        }
        return trained;
    }

    private Trained retrain(UUID companyId, LocalDate night, Instant now) {
        List<LabelledPermit> permits = history.closedPermits(companyId);
        int positives = (int) permits.stream().filter(LabelledPermit::risky).count();
        RiskModel model = RiskTrainer.train(permits, now);
        models.save(companyId, model, positives, night, now);
        return new Trained(companyId, model.kind(), permits.size(), positives);
    }
}
