package cn.anzuo.permit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API.md "Violations" and "Training": warning, then suspension from permits (gate reason SANCTIONED) until a
 * RETRAINING record lifts it; a training before the suspension does not.
 */
@AnzuoTest
class SanctionsApiTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;

    @Test
    void warning_then_suspension_refused_at_the_gate_until_retraining() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("违章焊工", "违章监护");
        LocalDate day = f.workday();
        String permit = f.request("HOT_WORK", "LEVEL_2", PermitFixtures.at(day, 9, 0), PermitFixtures.at(day, 11, 0),
                crew.welder(), List.of(crew.welder()), crew.guardian(), null);
        String violation = "{\"workerId\":\"%s\",\"kind\":\"NO_GAS_TEST\",\"note\":\"未做气体分析即动火\"}".formatted(crew.welder());

        api.post("safety", "/api/v1/violations", violation).andExpect(status().isCreated())
                .andExpect(jsonPath("$.sanction").value("WARNING"))
                .andExpect(jsonPath("$.workerId").value(crew.welder()))
                .andExpect(jsonPath("$.at").exists());
        api.post("leader", "/api/v1/permits", permit).andExpect(status().isCreated());

        api.post("auditor", "/api/v1/violations", violation).andExpect(status().isCreated())
                .andExpect(jsonPath("$.sanction").value("SUSPENDED"));
        api.post("leader", "/api/v1/violations", violation).andExpect(status().isForbidden());
        api.post("leader", "/api/v1/permits", permit).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[0].reason").value("SANCTIONED"));
        api.get("auditor", "/api/v1/violations?companyId={c}&workerId={w}", f.companyId, crew.welder())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].sanction").value("SUSPENDED"));

        String old = LocalDate.now().minusYears(1).toString();
        api.post("safety", "/api/v1/workers/{id}/training",
                "{\"course\":\"动火作业复训\",\"kind\":\"RETRAINING\",\"hours\":8,\"completedOn\":\"%s\"}".formatted(old),
                crew.welder()).andExpect(status().isCreated());
        api.post("leader", "/api/v1/permits", permit).andExpect(status().isUnprocessableContent());
        api.post("safety", "/api/v1/workers/{id}/training", "{\"course\":\"x\",\"kind\":\"NAP\",\"hours\":1,\"completedOn\":\"%s\"}"
                .formatted(old), crew.welder()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TRAINING_KIND"));

        api.post("safety", "/api/v1/workers/{id}/training",
                "{\"course\":\"动火作业再培训\",\"kind\":\"RETRAINING\",\"hours\":8,\"completedOn\":\"%s\"}"
                        .formatted(LocalDate.now().plusDays(1)), crew.welder())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("RETRAINING"));
        api.get("auditor", "/api/v1/workers/{id}/training", crew.welder()).andExpect(jsonPath("$.length()").value(2));
        api.post("leader", "/api/v1/permits", permit).andExpect(status().isCreated());
    }
}
