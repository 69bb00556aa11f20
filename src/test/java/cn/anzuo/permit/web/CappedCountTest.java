package cn.anzuo.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ADR 0088: a count that stopped at its cap is shown as "cap − 1 +", one below it as the number. */
class CappedCountTest {

    @Test
    void below_the_cap_the_number_at_the_cap_ninety_nine_plus() {
        assertThat(CappedCount.shown(0, ApprovalPageController.COUNT_CAP)).isEqualTo("0");
        assertThat(CappedCount.shown(99, ApprovalPageController.COUNT_CAP)).isEqualTo("99");
        assertThat(CappedCount.shown(100, ApprovalPageController.COUNT_CAP)).isEqualTo("99+");
        assertThat(CappedCount.reached(99, 100)).isFalse();
        assertThat(CappedCount.reached(100, 100)).isTrue();
    }

    @Test
    void the_permit_list_counts_a_thousand_past_the_start_of_its_page() {
        long cap = 40 + PermitPageController.COUNT_AHEAD; // page 3
        assertThat(CappedCount.shown(1_039, cap)).isEqualTo("1039");
        assertThat(CappedCount.shown(1_040, cap)).isEqualTo("1039+");
    }
}
