package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** API.md "Risk rules": fatigue (QUALIFICATION_INVALID / FATIGUE) and SIMOPS (SIMOPS_CONFLICT). */
@AnzuoTest
class FatigueAndSimopsApiTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;
    double lat;
    double lon;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("夜班焊工", "2.1");
        guardian = f.worker("夜班监护", "GUARDIAN");
        day = f.workday();
        // A spot of its own (within a few km of TF-01) so that no other test's points meet these.
        lat = PermitFixtures.SITE_LAT + ThreadLocalRandom.current().nextDouble(0.001, 0.03);
        lon = PermitFixtures.SITE_LON + ThreadLocalRandom.current().nextDouble(0.001, 0.03);
    }

    ResultActions apply(String json) throws Exception {
        return api.post("leader", "/api/v1/permits", json);
    }

    String hotWork(String worker, OffsetDateTime start, OffsetDateTime end, String extra) throws Exception {
        return f.request("HOT_WORK", "LEVEL_2", start, end, worker, List.of(worker), guardian, extra);
    }

    String point(double metersNorth) {
        return "\"latitude\":%s,\"longitude\":%s".formatted(lat + Math.toDegrees(metersNorth / 6_371_008.8), lon);
    }

    String created(String json) throws Exception {
        return ApiClient.read(apply(json).andExpect(status().isCreated()), "$.id");
    }

    // --- Fatigue -------------------------------------------------------------------------------

    @Test
    void a_welder_after_three_nights_in_a_row_is_refused_hot_work_the_fourth_night() throws Exception {
        for (int night = 0; night < 3; night++) {
            created(hotWork(welder, at(day.plusDays(night), 22, 0), at(day.plusDays(night + 1), 2, 0), null));
        }
        apply(hotWork(welder, at(day.plusDays(3), 21, 0), at(day.plusDays(3), 23, 0), null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[0].workerId").value(welder))
                .andExpect(jsonPath("$.violations[0].reason").value("FATIGUE"))
                .andExpect(jsonPath("$.violations[0].night").value(day.plusDays(3).toString()));
        // By day the same welder may work, and after a rested night again at night.
        created(hotWork(welder, at(day.plusDays(3), 9, 0), at(day.plusDays(3), 11, 0), null));
        created(hotWork(welder, at(day.plusDays(5), 21, 0), at(day.plusDays(5), 23, 0), null));
    }

    @Test
    void a_welder_who_is_only_on_the_crew_after_three_nights_in_a_row_is_refused_the_fourth_night() throws Exception {
        // Each night a different leader: only the welder's crew rows (PermitCalendar's worker branch) count the nights.
        for (int night = 0; night < 4; night++) {
            String leader = f.worker("夜班负责人" + night, "2.1");
            String json = f.request("HOT_WORK", "LEVEL_2", at(day.plusDays(night), 22, 0),
                    at(day.plusDays(night + 1), 2, 0), leader, List.of(welder), guardian, null);
            if (night < 3) {
                created(json);
            } else {
                apply(json).andExpect(status().isUnprocessableEntity())
                        .andExpect(jsonPath("$.violations[0].workerId").value(welder))
                        .andExpect(jsonPath("$.violations[0].reason").value("FATIGUE"));
            }
        }
    }

    @Test
    void two_nights_in_a_row_leave_the_third_open_and_cancelled_permits_do_not_count() throws Exception {
        created(hotWork(welder, at(day, 22, 0), at(day.plusDays(1), 2, 0), null));
        String second = created(hotWork(welder, at(day.plusDays(1), 22, 0), at(day.plusDays(2), 2, 0), null));
        created(hotWork(welder, at(day.plusDays(2), 22, 0), at(day.plusDays(3), 2, 0), null));
        api.post("leader", "/api/v1/permits/{id}/cancel", "{\"reason\":\"改期\"}", second)
                .andExpect(status().isOk());
        created(hotWork(welder, at(day.plusDays(3), 21, 0), at(day.plusDays(3), 23, 0), null));
    }

    @Test
    void the_policy_carries_fatigue_nights_from_one_to_fourteen() throws Exception {
        api.get("admin", "/api/v1/companies/{id}/policy", f.companyId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fatigueNights").value(3));
        api.put("admin", "/api/v1/companies/{id}/policy", "{\"fatigueNights\":0}", f.companyId)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("fatigueNights")));
    }

    // --- SIMOPS --------------------------------------------------------------------------------

    @Test
    void hot_work_within_15_m_of_other_work_at_the_same_time_is_refused_and_beyond_is_not() throws Exception {
        String first = created(hotWork(welder, at(day, 9, 0), at(day, 11, 0), point(0)));
        String other = f.worker("焊工乙", "2.1");
        apply(hotWork(other, at(day, 10, 0), at(day, 12, 0), point(14.9)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SIMOPS_CONFLICT"))
                .andExpect(jsonPath("$.conflicts", contains(first)));
        apply(hotWork(other, at(day, 10, 0), at(day, 12, 0), point(15.1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latitude").isNumber())
                .andExpect(jsonPath("$.longitude").value(lon));
    }

    @Test
    void touching_windows_and_listed_related_permits_do_not_conflict() throws Exception {
        String first = created(hotWork(welder, at(day, 9, 0), at(day, 11, 0), point(0)));
        String other = f.worker("焊工丙", "2.1");
        created(hotWork(other, at(day, 11, 0), at(day, 13, 0), point(3)));
        apply(hotWork(other, at(day, 8, 0), at(day, 9, 0), point(3))).andExpect(status().isCreated());
        apply(hotWork(other, at(day, 10, 0), at(day, 10, 30), point(3) + ",\"relatedPermitIds\":[\"" + first + "\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.relatedPermitIds", contains(first)));
    }

    @Test
    void other_work_next_to_a_hot_work_is_refused_too() throws Exception {
        String climber = f.worker("架子工", "3.1");
        String height = created(f.request("HEIGHT", null, at(day, 9, 0), at(day, 11, 0), climber, List.of(climber),
                f.worker("监护乙", "GUARDIAN"), "\"heightMeters\":6," + point(0)));
        String hot = created(hotWork(welder, at(day, 13, 0), at(day, 15, 0), point(8)));
        String crane = f.worker("吊车司机", "Q2");
        apply(f.request("LIFTING", null, at(day, 14, 0), at(day, 16, 0), crane, List.of(crane),
                f.worker("监护丙", "GUARDIAN"), "\"loadTonnes\":20," + point(1)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SIMOPS_CONFLICT"))
                .andExpect(jsonPath("$.conflicts", contains(hot)));
        // Lifting beside height work, with no hot work near, is no SIMOPS conflict (not a pair of the data).
        apply(f.request("LIFTING", null, at(day, 9, 0), at(day, 10, 0), crane, List.of(crane),
                f.worker("监护丁", "GUARDIAN"), "\"loadTonnes\":20," + point(1)))
                .andExpect(status().isCreated());
        api.get("leader", "/api/v1/permits/{id}", height).andExpect(jsonPath("$.latitude").isNumber());
    }

    @Test
    void a_latitude_without_a_longitude_is_a_field_error() throws Exception {
        apply(hotWork(welder, at(day, 9, 0), at(day, 11, 0), "\"latitude\":32.1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("pointComplete")));
        apply(hotWork(welder, at(day, 9, 0), at(day, 11, 0), "\"latitude\":91,\"longitude\":118"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("latitude")));
    }
}
