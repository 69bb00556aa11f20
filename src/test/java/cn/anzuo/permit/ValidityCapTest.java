package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.permit.domain.ValidityCap;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The caps of DOMAIN.md §1.10 and the company policy for the rest. */
class ValidityCapTest {

    static final CompanyPolicy POLICY = CompanyPolicy.defaults();

    @Test
    void hot_work_special_and_level_1_is_capped_at_8_hours() {
        assertThat(ValidityCap.of(WorkType.HOT_WORK, PermitLevel.SPECIAL, POLICY)).isEqualTo(Duration.ofHours(8));
        assertThat(ValidityCap.of(WorkType.HOT_WORK, PermitLevel.LEVEL_1, POLICY)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void hot_work_level_2_is_capped_at_72_hours() {
        assertThat(ValidityCap.of(WorkType.HOT_WORK, PermitLevel.LEVEL_2, POLICY)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void confined_space_24_hours_height_7_days_temporary_power_15_days() {
        assertThat(ValidityCap.of(WorkType.CONFINED_SPACE, null, POLICY)).isEqualTo(Duration.ofHours(24));
        assertThat(ValidityCap.of(WorkType.HEIGHT, PermitLevel.IV, POLICY)).isEqualTo(Duration.ofDays(7));
        assertThat(ValidityCap.of(WorkType.TEMP_POWER, null, POLICY)).isEqualTo(Duration.ofDays(15));
    }

    @Test
    void the_rest_follow_the_company_policy_default_24_hours() {
        for (WorkType type : new WorkType[] {WorkType.BLIND_PLATE, WorkType.LIFTING, WorkType.EXCAVATION, WorkType.ROAD_CLOSURE}) {
            assertThat(ValidityCap.of(type, null, POLICY)).isEqualTo(Duration.ofHours(24));
        }
        CompanyPolicy longer = new cn.anzuo.organization.domain.PolicySettings(null, null, null, null, null, null, 48, null, null, null, null, null)
                .effective(POLICY.zone());
        assertThat(ValidityCap.of(WorkType.EXCAVATION, null, longer)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void no_window_is_longer_than_the_longest_cap_that_bounds_the_calendar_queries() {
        CompanyPolicy longest = new cn.anzuo.organization.domain.PolicySettings(null, null, null, null, null, null,
                CompanyPolicy.MAX_PERMIT_VALIDITY_HOURS, null, null, null, null, null).effective(POLICY.zone());
        for (WorkType type : WorkType.values()) {
            java.util.List<PermitLevel> levels = new java.util.ArrayList<>(PermitLevel.of(type));
            levels.add(null);
            for (PermitLevel level : levels) {
                assertThat(ValidityCap.of(type, level, longest)).isLessThanOrEqualTo(ValidityCap.LONGEST);
            }
        }
        assertThat(ValidityCap.of(WorkType.EXCAVATION, null, longest)).isEqualTo(ValidityCap.LONGEST);
    }
}
