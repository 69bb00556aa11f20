package cn.anzuo.qualification.web;

import static cn.anzuo.shared.security.Role.AUDITOR;
import static cn.anzuo.shared.security.Role.COMPANY_ADMIN;
import static cn.anzuo.shared.security.Role.DEPT_APPROVER;
import static cn.anzuo.shared.security.Role.GROUP_ADMIN;
import static cn.anzuo.shared.security.Role.GUARDIAN;
import static cn.anzuo.shared.security.Role.PLANT_LEADER;
import static cn.anzuo.shared.security.Role.SAFETY_OFFICER;
import static cn.anzuo.shared.security.Role.UNIT_APPROVER;
import static cn.anzuo.shared.security.Role.WORKER;
import static cn.anzuo.shared.security.Role.WORK_LEADER;

import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The qualification module's entries on the home page. */
@Configuration(proxyBeanMethods = false)
class QualificationTiles {

    @Bean
    HomeTile workersTile() {
        return new HomeTile(HomeTile.WORK, 20, "workers.tile.list", "👷", WorkerPageController.LIST,
                Set.of(SAFETY_OFFICER, COMPANY_ADMIN, WORK_LEADER, AUDITOR, UNIT_APPROVER, DEPT_APPROVER, PLANT_LEADER,
                        GROUP_ADMIN), false);
    }

    @Bean
    HomeTile expiringTile() {
        return new HomeTile(HomeTile.WORK, 21, "workers.tile.expiring", "⏰", "/qualification/expiring",
                Set.of(SAFETY_OFFICER, COMPANY_ADMIN, WORK_LEADER), false);
    }

    /** A worker's or guardian's own certificates; an account not linked to a worker record is told so. */
    @Bean
    HomeTile myCertificatesTile() {
        return new HomeTile(HomeTile.WORK, 22, "workers.tile.mine", "📇", "/qualification/me", Set.of(WORKER, GUARDIAN),
                false);
    }
}
