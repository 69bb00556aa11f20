package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.ApprovalChains;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GB 30871-2022 Annex B (B.2) as the default chain of every (type, level); a company's own replaces it. */
@AnzuoTest
class ApprovalChainDefaultsTest {

    @Autowired ApprovalChains chains;

    List<Role> chain(WorkType type, PermitLevel level) {
        return chains.chainFor(UUID.randomUUID(), type, level);
    }

    @Test
    void hot_work_special_by_the_plant_leader_level_1_by_safety_level_2_by_the_unit() {
        assertThat(chain(WorkType.HOT_WORK, PermitLevel.SPECIAL)).containsExactly(Role.PLANT_LEADER);
        assertThat(chain(WorkType.HOT_WORK, PermitLevel.LEVEL_1)).containsExactly(Role.SAFETY_OFFICER);
        assertThat(chain(WorkType.HOT_WORK, PermitLevel.LEVEL_2)).containsExactly(Role.UNIT_APPROVER);
    }

    @Test
    void confined_space_and_blind_plates_by_the_unit() {
        assertThat(chain(WorkType.CONFINED_SPACE, null)).containsExactly(Role.UNIT_APPROVER);
        assertThat(chain(WorkType.BLIND_PLATE, null)).containsExactly(Role.UNIT_APPROVER);
    }

    @Test
    void height_I_unit_II_and_III_department_IV_plant_leader() {
        assertThat(chain(WorkType.HEIGHT, PermitLevel.I)).containsExactly(Role.UNIT_APPROVER);
        assertThat(chain(WorkType.HEIGHT, PermitLevel.II)).containsExactly(Role.DEPT_APPROVER);
        assertThat(chain(WorkType.HEIGHT, PermitLevel.III)).containsExactly(Role.DEPT_APPROVER);
        assertThat(chain(WorkType.HEIGHT, PermitLevel.IV)).containsExactly(Role.PLANT_LEADER);
    }

    @Test
    void lifting_level_1_plant_leader_levels_2_and_3_department() {
        assertThat(chain(WorkType.LIFTING, PermitLevel.LEVEL_1)).containsExactly(Role.PLANT_LEADER);
        assertThat(chain(WorkType.LIFTING, PermitLevel.LEVEL_2)).containsExactly(Role.DEPT_APPROVER);
        assertThat(chain(WorkType.LIFTING, PermitLevel.LEVEL_3)).containsExactly(Role.DEPT_APPROVER);
    }

    @Test
    void temporary_power_by_the_power_supplier_excavation_and_road_closure_countersigned_then_department() {
        assertThat(chain(WorkType.TEMP_POWER, null)).containsExactly(Role.POWER_SUPPLIER);
        assertThat(chain(WorkType.EXCAVATION, null)).containsExactly(Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        assertThat(chain(WorkType.ROAD_CLOSURE, null)).containsExactly(Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
    }

    @Test
    void a_company_chain_replaces_the_default_and_an_empty_one_restores_it() {
        UUID company = UUID.fromString(companyId());
        chains.configure(company, WorkType.HEIGHT, PermitLevel.II,
                List.of(Role.WORK_LEADER, Role.SAFETY_OFFICER, Role.PLANT_LEADER));
        assertThat(chains.chainFor(company, WorkType.HEIGHT, PermitLevel.II))
                .containsExactly(Role.WORK_LEADER, Role.SAFETY_OFFICER, Role.PLANT_LEADER);
        assertThat(chains.chainFor(company, WorkType.HEIGHT, PermitLevel.I)).containsExactly(Role.UNIT_APPROVER);
        chains.configure(company, WorkType.HEIGHT, PermitLevel.II, List.of());
        assertThat(chains.chainFor(company, WorkType.HEIGHT, PermitLevel.II)).containsExactly(Role.DEPT_APPROVER);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String companyId() {
        return jdbc.sql("select id from company where code = 'DEMO-HA'").query(String.class).single();
    }
}
