package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.GeoPoint;
import cn.anzuo.permit.domain.SimopsPairs;
import cn.anzuo.permit.domain.SimopsRule;
import cn.anzuo.permit.domain.SimopsRule.Work;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 交叉作业 (GB 30871 4.7, API.md SIMOPS): hot work within 15 m of other work at the same time conflicts. */
class SimopsRuleTest {

    static final SimopsPairs SHIPPED = SimopsPairs.shipped();
    static final GeoPoint SITE = new GeoPoint(PermitFixtures.SITE_LAT, PermitFixtures.SITE_LON);
    static final Instant NINE = Instant.parse("2027-03-01T01:00:00Z");

    /** A point {@code meters} north of the site centre (along a meridian the haversine distance is exact). */
    static GeoPoint north(double meters) {
        return new GeoPoint(SITE.latitude() + Math.toDegrees(meters / 6_371_008.8), SITE.longitude());
    }

    static TimeWindow hours(int fromHour, int toHour) {
        return new TimeWindow(NINE.plusSeconds((fromHour - 9) * 3600L), NINE.plusSeconds((toHour - 9) * 3600L));
    }

    static Work work(WorkType type, GeoPoint point, TimeWindow window) {
        return new Work(UUID.randomUUID(), type, point, window);
    }

    @Test
    void the_shipped_pairs_make_hot_work_conflict_with_any_type_within_15_m() {
        for (WorkType other : WorkType.values()) {
            assertThat(SHIPPED.distance(WorkType.HOT_WORK, other)).as(other.name()).hasValue(15);
            assertThat(SHIPPED.distance(other, WorkType.HOT_WORK)).as(other.name()).hasValue(15);
        }
        assertThat(SHIPPED.distance(WorkType.LIFTING, WorkType.HEIGHT)).isEmpty();
    }

    @Test
    void hot_work_within_15_m_conflicts_and_beyond_does_not() {
        Work hot = work(WorkType.HOT_WORK, SITE, hours(9, 11));
        Work near = work(WorkType.CONFINED_SPACE, north(14.9), hours(9, 11));
        Work far = work(WorkType.CONFINED_SPACE, north(15.1), hours(9, 11));
        assertThat(SITE.metersTo(north(14.9))).isBetween(14.89, 14.91);
        assertThat(SimopsRule.conflicts(hot, List.of(near, far), SHIPPED)).containsExactly(near.id());
    }

    @Test
    void touching_windows_do_not_overlap() {
        Work hot = work(WorkType.HOT_WORK, SITE, hours(9, 11));
        Work after = work(WorkType.HEIGHT, north(5), hours(11, 13));
        Work before = work(WorkType.HEIGHT, north(5), hours(7, 9));
        Work overlapping = work(WorkType.HEIGHT, north(5), hours(10, 12));
        assertThat(SimopsRule.conflicts(hot, List.of(after, before, overlapping), SHIPPED))
                .containsExactly(overlapping.id());
    }

    @Test
    void other_work_next_to_a_hot_work_conflicts_too() {
        Work hot = work(WorkType.HOT_WORK, SITE, hours(9, 11));
        Work lifting = work(WorkType.LIFTING, north(10), hours(10, 12));
        assertThat(SimopsRule.conflicts(lifting, List.of(hot), SHIPPED)).containsExactly(hot.id());
    }

    @Test
    void two_works_without_a_hot_work_do_not_conflict() {
        Work lifting = work(WorkType.LIFTING, SITE, hours(9, 11));
        Work height = work(WorkType.HEIGHT, north(1), hours(9, 11));
        assertThat(SimopsRule.conflicts(lifting, List.of(height), SHIPPED)).isEmpty();
    }

    @Test
    void a_conflict_listed_in_related_permits_is_acknowledged() {
        Work hot = work(WorkType.HOT_WORK, SITE, hours(9, 11));
        Work a = work(WorkType.CONFINED_SPACE, north(3), hours(9, 11));
        Work b = work(WorkType.HOT_WORK, north(6), hours(9, 11));
        assertThat(SimopsRule.unacknowledged(hot, List.of(a, b), Set.of(a.id()), SHIPPED)).containsExactly(b.id());
        assertThat(SimopsRule.unacknowledged(hot, List.of(a, b), Set.of(a.id(), b.id()), SHIPPED)).isEmpty();
    }

    @Test
    void work_without_a_point_takes_no_part() {
        Work hot = work(WorkType.HOT_WORK, SITE, hours(9, 11));
        Work unplaced = work(WorkType.CONFINED_SPACE, null, hours(9, 11));
        assertThat(SimopsRule.conflicts(hot, List.of(unplaced), SHIPPED)).isEmpty();
    }

    @Test
    void a_pair_of_the_data_sets_its_own_distance() {
        SimopsPairs withLifting = new SimopsPairs(List.of(new SimopsPairs.Pair(WorkType.HOT_WORK, null, 15),
                new SimopsPairs.Pair(WorkType.LIFTING, null, 30)));
        Work lifting = work(WorkType.LIFTING, SITE, hours(9, 11));
        Work height = work(WorkType.HEIGHT, north(29.9), hours(9, 11));
        Work hot = work(WorkType.HOT_WORK, north(25), hours(9, 11));
        assertThat(SimopsRule.conflicts(lifting, List.of(height, hot), withLifting)).containsExactly(height.id(), hot.id());
    }
}
