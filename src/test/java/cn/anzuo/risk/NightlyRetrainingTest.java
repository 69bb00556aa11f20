package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.risk.domain.NightlyRetraining;
import cn.anzuo.risk.domain.NightlyRetraining.Trained;
import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskModel;
import cn.anzuo.risk.domain.RiskModels;
import cn.anzuo.risk.domain.RiskPrior;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.MutableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly job: from 02:00 company time each company is retrained once; with 200 closed permits it learns
 * its own model from the database history (planted: night work meets alarms three times as often), below that
 * it keeps the prior.
 */
@AnzuoTest
class NightlyRetrainingTest {

    /** 01:59 and 02:00 on 2026-12-01 in Shanghai. */
    static final Instant BEFORE = Instant.parse("2026-11-30T17:59:00Z");
    static final Instant AT = Instant.parse("2026-11-30T18:00:00Z");
    static final LocalDateTime FIRST = LocalDateTime.parse("2026-06-01T09:00");

    @Autowired JdbcClient jdbc;
    @Autowired NightlyRetraining retraining;
    @Autowired RiskModels models;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    List<Trained> run(Instant at, UUID... companies) {
        clock.fixAt(at);
        return retraining.retrainDue(List.of(companies));
    }

    /** {@code count} closed permits over the months before; night work meets an alarm at its site 3× as often. */
    static RiskFixtures history(JdbcClient jdbc, int count) {
        RiskFixtures f = new RiskFixtures(jdbc);
        Random random = new Random(count);
        for (int i = 0; i < count; i++) {
            boolean night = random.nextDouble() < 0.4;
            UUID site = random.nextBoolean() ? f.siteA : f.siteB;
            LocalDateTime start = FIRST.plusDays(i / 2).plusHours(i % 2 == 0 ? 0 : 4).plusHours(night ? 12 : 0);
            f.closedPermit(i % 2 == 0 ? "HOT_WORK" : "HEIGHT", i % 2 == 0 ? "LEVEL_2" : "II", site, start, 2,
                    f.workers.get(random.nextInt(4)), f.workers.get(4 + random.nextInt(3)));
            if (random.nextDouble() < (night ? 0.45 : 0.15)) {
                f.alarm(site, start.plusHours(1));
            }
        }
        return f;
    }

    @Test
    void each_company_is_retrained_once_a_night_from_02_00_company_time() {
        UUID a = new RiskFixtures(jdbc).companyId;
        UUID b = new RiskFixtures(jdbc).companyId;

        assertThat(run(BEFORE, a, b)).isEmpty();
        assertThat(run(AT, a, b)).extracting(Trained::companyId).containsExactly(a, b);
        assertThat(run(AT.plusSeconds(3600), a, b)).isEmpty();
        assertThat(run(AT.plusSeconds(86_400), a, b)).extracting(Trained::companyId).containsExactly(a, b);
    }

    @Test
    void with_200_closed_permits_the_company_learns_that_night_work_is_risky() {
        RiskFixtures f = history(jdbc, RiskPrior.LEARN_FROM + 40);

        List<Trained> trained = run(AT, f.companyId);

        assertThat(trained).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(RiskModel.Kind.LEARNED);
            assertThat(t.permits()).isEqualTo(240);
        });
        RiskModel model = models.of(f.companyId);
        assertThat(model.kind()).isEqualTo(RiskModel.Kind.LEARNED);
        double night = model.weights().get(RiskFeatures.NIGHT);
        double noise = Stream.of(RiskFeatures.CREW, RiskFeatures.LEVEL, RiskFeatures.SITE_ALARMS)
                .mapToDouble(n -> Math.abs(model.weights().getOrDefault(n, 0.0))).max().orElseThrow();
        assertThat(night).isGreaterThan(0.5).isGreaterThan(noise);
    }

    @Test
    void below_200_closed_permits_the_company_keeps_the_prior() {
        RiskFixtures f = history(jdbc, RiskPrior.LEARN_FROM - 1);

        assertThat(run(AT, f.companyId)).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(RiskModel.Kind.PRIOR));
        assertThat(models.of(f.companyId).kind()).isEqualTo(RiskModel.Kind.PRIOR);
        assertThat(models.trainedOn(f.companyId)).contains(java.time.LocalDate.parse("2026-12-01"));
    }
}
