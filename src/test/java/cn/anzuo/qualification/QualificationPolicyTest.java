package cn.anzuo.qualification;

import static cn.anzuo.qualification.Certificates.aCertificate;
import static cn.anzuo.qualification.QualificationReason.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.QualificationPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 人证岗一致 (PRODUCT.md §2.2): one test per reason of API.md, plus what qualifies. */
class QualificationPolicyTest {

    static final UUID WORKER = UUID.randomUUID();
    static final Set<String> HOT_WORK = Set.of("2.1", "2.2", "2.3");
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 3);

    QualificationCheck check(List<Certificate> held, boolean allowUnverified) {
        return QualificationPolicy.evaluate(WORKER, held, HOT_WORK, START, END, allowUnverified);
    }

    @Test
    void valid_certificate_of_a_required_item_qualifies() {
        assertThat(check(List.of(aCertificate().item("2.1").build()), true).qualified()).isTrue();
    }

    @Test
    void no_certificate_of_a_required_item_is_NO_CERTIFICATE() {
        assertThat(check(List.of(), true).reasons()).containsExactly(NO_CERTIFICATE);
        assertThat(check(List.of(aCertificate().item("1.1").build()), true).reasons()).containsExactly(NO_CERTIFICATE);
    }

    @Test
    void certificate_expired_before_the_start_is_EXPIRED() {
        Certificate expired = aCertificate().expiresOn(START.minusDays(1)).build();
        assertThat(check(List.of(expired), true).reasons()).containsExactly(EXPIRED);
    }

    @Test
    void certificate_expiring_on_the_last_day_still_covers_the_window() {
        assertThat(check(List.of(aCertificate().expiresOn(END).build()), true).qualified()).isTrue();
    }

    @Test
    void certificateExpiringBeforePlannedEndBlocksPermit() {
        Certificate shortLived = aCertificate().expiresOn(END.minusDays(1)).build();
        assertThat(check(List.of(shortLived), true).reasons()).containsExactly(EXPIRES_BEFORE_END);
    }

    @Test
    void review_falling_due_during_the_window_is_EXPIRES_BEFORE_END() {
        Certificate reviewSoon = aCertificate().reviewDueOn(START).build();
        assertThat(check(List.of(reviewSoon), true).reasons()).containsExactly(EXPIRES_BEFORE_END);
    }

    @Test
    void review_overdue_at_the_start_is_REVIEW_OVERDUE() {
        Certificate overdue = aCertificate().reviewDueOn(START.minusDays(1)).build();
        assertThat(check(List.of(overdue), true).reasons()).containsExactly(REVIEW_OVERDUE);
    }

    @Test
    void revoked_certificate_is_REVOKED() {
        Certificate revoked = aCertificate().build();
        revoked.revoke(UUID.randomUUID(), "违章", Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(check(List.of(revoked), true).reasons()).containsExactly(REVOKED);
    }

    @Test
    void unverified_certificate_is_UNVERIFIED_only_when_the_company_forbids_it() {
        Certificate unverified = aCertificate().unverified().build();
        assertThat(check(List.of(unverified), true).qualified()).isTrue();
        assertThat(check(List.of(unverified), false).reasons()).containsExactly(UNVERIFIED);
    }

    @Test
    void one_good_certificate_among_bad_ones_qualifies() {
        Certificate expired = aCertificate().item("2.2").expiresOn(START.minusDays(5)).build();
        Certificate good = aCertificate().item("2.3").build();
        QualificationCheck answer = check(List.of(expired, good), true);
        assertThat(answer.qualified()).isTrue();
        assertThat(answer.certificateId()).isEqualTo(good.id());
    }

    @Test
    void work_types_without_required_items_need_no_certificate() {
        assertThat(QualificationPolicy.evaluate(WORKER, List.of(), Set.of(), START, END, false).qualified()).isTrue();
    }
}
