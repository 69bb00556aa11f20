package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.AlarmAcknowledgements.Unacknowledged;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §4.2 "suggested combined logic" 2 and 3: a second-level alarm stops and evacuates every permit in the
 * zone; a first-level one stops confined space and 特级 hot work. Until someone acknowledges it, nothing it would
 * stop starts or resumes there.
 */
class AlarmClearanceTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    final UUID firstLevel = UUID.randomUUID();
    final UUID secondLevel = UUID.randomUUID();

    static WorkPermit permit(WorkType type, PermitLevel level) {
        return WorkPermit.submit(new PermitApplication(UUID.randomUUID(), "P-1", type, level, level, null,
                UUID.randomUUID(), "T-201", "检修", new TimeWindow(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(3))),
                UUID.randomUUID(), List.of(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), null, null, null, null,
                Set.of(), List.of(), Set.of(), false, null, List.of(Role.UNIT_APPROVER), null, true, null), NOW);
    }

    @Test
    void a_second_level_alarm_nobody_acknowledged_holds_back_every_kind_of_work_at_the_site() {
        for (WorkPermit work : List.of(permit(WorkType.HOT_WORK, PermitLevel.LEVEL_2),
                permit(WorkType.BLIND_PLATE, null), permit(WorkType.HEIGHT, PermitLevel.I))) {
            assertThat(AlarmClearance.blocking(work, List.of(new Unacknowledged(secondLevel, true))))
                    .contains(secondLevel);
            assertThat(AlarmClearance.blocking(work, List.of())).isEmpty();
        }
    }

    @Test
    void a_first_level_alarm_holds_back_confined_space_and_special_hot_work_but_not_the_rest() {
        List<Unacknowledged> open = List.of(new Unacknowledged(firstLevel, false));
        assertThat(AlarmClearance.blocking(permit(WorkType.CONFINED_SPACE, null), open)).contains(firstLevel);
        assertThat(AlarmClearance.blocking(permit(WorkType.HOT_WORK, PermitLevel.SPECIAL), open)).contains(firstLevel);
        // one level below 特级, and any other work: the first level warns, it does not stop
        assertThat(AlarmClearance.blocking(permit(WorkType.HOT_WORK, PermitLevel.LEVEL_1), open)).isEmpty();
        assertThat(AlarmClearance.blocking(permit(WorkType.LIFTING, PermitLevel.LEVEL_1), open)).isEmpty();
        // beside a second-level one, the second level decides
        assertThat(AlarmClearance.blocking(permit(WorkType.HOT_WORK, PermitLevel.LEVEL_1),
                List.of(new Unacknowledged(firstLevel, false), new Unacknowledged(secondLevel, true))))
                .contains(secondLevel);
    }
}
