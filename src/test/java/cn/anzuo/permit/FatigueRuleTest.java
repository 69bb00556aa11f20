package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.domain.PolicySettings;
import cn.anzuo.permit.domain.FatigueRule;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Company fatigue rule (DOMAIN.md §5.3, ADR 0069): N nights in a row refuse high-risk work the next night. */
class FatigueRuleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    static CompanyPolicy policy(ZoneId zone, Integer nights) {
        return PolicySettings.none()
                .merge(new PolicySettings(null, null, null, null, null, null, null, null, null, null, null, null, nights))
                .effective(zone);
    }

    static TimeWindow local(ZoneId zone, LocalDate day, int fromHour, int hours) {
        var from = day.atTime(LocalTime.of(fromHour, 0)).atZone(zone).toInstant();
        return new TimeWindow(from, from.plusSeconds(hours * 3600L));
    }

    /** {@code count} night shifts 22:00–02:00 ending the night before {@code next}. */
    static List<TimeWindow> nightsBefore(ZoneId zone, LocalDate next, int count) {
        List<TimeWindow> shifts = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            shifts.add(local(zone, next.minusDays(i), 22, 4));
        }
        return shifts;
    }

    @Test
    void three_nights_in_a_row_refuse_the_fourth_night() {
        LocalDate fourth = MONDAY.plusDays(3);
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, fourth, 21, 3), nightsBefore(SHANGHAI, fourth, 3),
                policy(SHANGHAI, null))).contains(fourth);
    }

    @Test
    void two_nights_in_a_row_leave_the_third_night_open() {
        LocalDate third = MONDAY.plusDays(2);
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, third, 21, 3), nightsBefore(SHANGHAI, third, 2),
                policy(SHANGHAI, null))).isEmpty();
    }

    @Test
    void the_company_sets_the_number_of_nights() {
        LocalDate third = MONDAY.plusDays(2);
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, third, 21, 3), nightsBefore(SHANGHAI, third, 2),
                policy(SHANGHAI, 2))).contains(third);
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, third, 21, 3), nightsBefore(SHANGHAI, third, 1),
                policy(SHANGHAI, 2))).isEmpty();
    }

    @Test
    void a_rested_night_breaks_the_row() {
        LocalDate fifth = MONDAY.plusDays(4);
        List<TimeWindow> worked = new ArrayList<>(nightsBefore(SHANGHAI, fifth.minusDays(1), 3));
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, fifth, 21, 3), worked, policy(SHANGHAI, null))).isEmpty();
    }

    @Test
    void day_work_after_nights_in_a_row_is_not_refused() {
        LocalDate fourth = MONDAY.plusDays(3);
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, fourth, 9, 4), nightsBefore(SHANGHAI, fourth, 3),
                policy(SHANGHAI, null))).isEmpty();
    }

    @Test
    void a_shift_after_midnight_belongs_to_the_night_that_began_the_evening_before() {
        // Three shifts 01:00–05:00 on Tue, Wed, Thu are the nights of Mon, Tue, Wed.
        List<TimeWindow> worked = List.of(local(SHANGHAI, MONDAY.plusDays(1), 1, 4),
                local(SHANGHAI, MONDAY.plusDays(2), 1, 4), local(SHANGHAI, MONDAY.plusDays(3), 1, 4));
        // Thursday 20:00 starts the night of Thursday, right after the night of Wednesday.
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, MONDAY.plusDays(3), 20, 2), worked, policy(SHANGHAI, null)))
                .contains(MONDAY.plusDays(3));
        // Friday 02:00 is still the night of Thursday: the same answer.
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, MONDAY.plusDays(4), 2, 2), worked, policy(SHANGHAI, null)))
                .contains(MONDAY.plusDays(3));
    }

    @Test
    void a_shift_ending_when_the_night_begins_is_no_night() {
        LocalDate fourth = MONDAY.plusDays(3);
        List<TimeWindow> evenings = List.of(local(SHANGHAI, MONDAY, 16, 4), local(SHANGHAI, MONDAY.plusDays(1), 16, 4),
                local(SHANGHAI, MONDAY.plusDays(2), 16, 4)); // 16:00–20:00, the night starts at 20:00
        assertThat(FatigueRule.tiredNight(local(SHANGHAI, fourth, 21, 3), evenings, policy(SHANGHAI, null))).isEmpty();
    }

    @Test
    void nights_are_counted_in_the_company_time_zone() {
        // 20:30–22:00 in Shanghai is 18:30–20:00 in Urumqi and 13:30–15:00 in Berlin (winter): the same instants.
        LocalDate fourth = MONDAY.plusDays(3);
        List<TimeWindow> worked = nightsBefore(SHANGHAI, fourth, 3).stream()
                .map(w -> new TimeWindow(w.from().minusSeconds(5400), w.to().minusSeconds(4 * 3600)))
                .toList();
        TimeWindow next = local(SHANGHAI, fourth, 21, 2);
        assertThat(FatigueRule.tiredNight(next, worked, policy(SHANGHAI, null))).contains(fourth);
        assertThat(FatigueRule.tiredNight(next, worked, policy(URUMQI, null))).isEmpty();
        assertThat(FatigueRule.tiredNight(next, worked, policy(BERLIN, null))).isEmpty();
    }

    @Test
    void a_company_abroad_counts_its_own_nights() {
        LocalDate fourth = MONDAY.plusDays(3);
        assertThat(FatigueRule.tiredNight(local(BERLIN, fourth, 22, 3), nightsBefore(BERLIN, fourth, 3),
                policy(BERLIN, null))).contains(fourth);
        assertThat(FatigueRule.tiredNight(local(URUMQI, fourth, 22, 3), nightsBefore(URUMQI, fourth, 3),
                policy(URUMQI, null))).contains(fourth);
    }

    @Test
    void only_hot_work_confined_space_high_height_and_heavy_lifting_are_refused() {
        assertThat(FatigueRule.highRisk(WorkType.HOT_WORK, PermitLevel.LEVEL_2)).isTrue();
        assertThat(FatigueRule.highRisk(WorkType.CONFINED_SPACE, null)).isTrue();
        assertThat(FatigueRule.highRisk(WorkType.HEIGHT, PermitLevel.II)).isFalse();
        assertThat(FatigueRule.highRisk(WorkType.HEIGHT, PermitLevel.III)).isTrue();
        assertThat(FatigueRule.highRisk(WorkType.HEIGHT, PermitLevel.IV)).isTrue();
        assertThat(FatigueRule.highRisk(WorkType.LIFTING, PermitLevel.LEVEL_3)).isFalse();
        assertThat(FatigueRule.highRisk(WorkType.LIFTING, PermitLevel.LEVEL_2)).isTrue();
        assertThat(FatigueRule.highRisk(WorkType.LIFTING, PermitLevel.LEVEL_1)).isTrue();
        for (WorkType other : List.of(WorkType.BLIND_PLATE, WorkType.TEMP_POWER, WorkType.EXCAVATION,
                WorkType.ROAD_CLOSURE)) {
            assertThat(FatigueRule.highRisk(other, null)).as(other.name()).isFalse();
        }
    }
}
