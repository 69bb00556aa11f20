package cn.anzuo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.domain.PolicySettings;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CompanyPolicyTest {

    CompanyPolicy defaults = CompanyPolicy.defaults();

    @Test
    void defaults_follow_API_md() {
        assertThat(defaults.checkInWindowMinutes()).isEqualTo(30);
        assertThat(defaults.expiryReminderDays()).isEqualTo(15);
        assertThat(defaults.nightStart()).isEqualTo(LocalTime.of(20, 0));
        assertThat(defaults.nightEnd()).isEqualTo(LocalTime.of(6, 0));
        assertThat(defaults.allowUnverifiedCertificates()).isTrue();
        assertThat(defaults.approvalEscalationMinutes()).isEqualTo(30);
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void night_window_wraps_past_midnight_start_inclusive_end_exclusive() {
        assertThat(defaults.isNight(LocalTime.of(19, 59))).isFalse();
        assertThat(defaults.isNight(LocalTime.of(20, 0))).isTrue();
        assertThat(defaults.isNight(LocalTime.of(0, 0))).isTrue();
        assertThat(defaults.isNight(LocalTime.of(5, 59))).isTrue();
        assertThat(defaults.isNight(LocalTime.of(6, 0))).isFalse();
        assertThat(defaults.isNight(LocalTime.NOON)).isFalse();
    }

    @Test
    void a_night_window_within_one_day_also_works() {
        CompanyPolicy policy = new PolicySettings(null, null, LocalTime.of(1, 0), LocalTime.of(5, 0), null, null, null, null, null, null, null, null)
                .effective(ZoneId.of("Asia/Shanghai"));
        assertThat(policy.isNight(LocalTime.of(0, 59))).isFalse();
        assertThat(policy.isNight(LocalTime.of(1, 0))).isTrue();
        assertThat(policy.isNight(LocalTime.of(5, 0))).isFalse();
    }

    @Test
    void configured_values_override_defaults_and_missing_ones_keep_them() {
        PolicySettings settings = PolicySettings.none().merge(new PolicySettings(45, null, null, null, false, null, null, null, null, null, null, null));
        CompanyPolicy policy = settings.merge(new PolicySettings(null, 20, null, null, null, null, 48, null, null, null, null, null))
                .effective(ZoneId.of("Asia/Shanghai"));
        assertThat(policy.checkInWindowMinutes()).isEqualTo(45);
        assertThat(policy.expiryReminderDays()).isEqualTo(20);
        assertThat(policy.allowUnverifiedCertificates()).isFalse();
        assertThat(policy.approvalEscalationMinutes()).isEqualTo(30);
        assertThat(policy.permitValidityHours()).isEqualTo(48);
    }
}
