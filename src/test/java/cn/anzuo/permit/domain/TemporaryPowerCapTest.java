package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.permit.WorkPermitTest;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §8: temporary power for hot work or a confined space lasts no longer than that work. */
class TemporaryPowerCapTest {

    final WorkPermit hotWork = WorkPermitTest.aPermit(false, Role.UNIT_APPROVER);

    @Test
    void temporary_power_serving_hot_work_stays_within_its_window_on_both_sides() {
        TimeWindow same = hotWork.window();
        assertThatCode(() -> TemporaryPowerCap.check(WorkType.TEMP_POWER, same, List.of(hotWork)))
                .doesNotThrowAnyException();
        TimeWindow endsLater = new TimeWindow(same.from(), same.to().plusSeconds(1));
        assertThatThrownBy(() -> TemporaryPowerCap.check(WorkType.TEMP_POWER, endsLater, List.of(hotWork)))
                .isInstanceOfSatisfying(BusinessProblem.class,
                        p -> assertThat(p.code()).isEqualTo("VALIDITY_EXCEEDED_BY_SERVED_WORK"));
        TimeWindow startsEarlier = new TimeWindow(same.from().minusSeconds(1), same.to());
        assertThatThrownBy(() -> TemporaryPowerCap.check(WorkType.TEMP_POWER, startsEarlier, List.of(hotWork)))
                .isInstanceOf(BusinessProblem.class);
    }

    @Test
    void other_types_and_unrelated_temporary_power_are_not_bound() {
        TimeWindow longer = new TimeWindow(hotWork.plannedStart(), hotWork.plannedEnd().plusSeconds(3600));
        assertThatCode(() -> TemporaryPowerCap.check(WorkType.HEIGHT, longer, List.of(hotWork)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TemporaryPowerCap.check(WorkType.TEMP_POWER, longer, List.of()))
                .doesNotThrowAnyException();
    }
}
