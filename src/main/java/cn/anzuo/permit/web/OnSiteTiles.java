package cn.anzuo.permit.web;

import static cn.anzuo.shared.security.Role.COMPANY_ADMIN;
import static cn.anzuo.shared.security.Role.GAS_ANALYST;
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

/** Home tiles of the on-site pages. */
@Configuration(proxyBeanMethods = false)
class OnSiteTiles {

    /** The worker's first stop of the day: accented, it is what a worker opens the app for. */
    @Bean
    HomeTile todayTile() {
        return new HomeTile(HomeTile.WORK, 5, "onsite.tile.today", "🦺", "/onsite/today", Set.of(WORKER, GUARDIAN, WORK_LEADER),
                true);
    }

    @Bean
    HomeTile boardTile() {
        return new HomeTile(HomeTile.WORK, 6, "onsite.tile.board", "📺", "/onsite/board",
                Set.of(SAFETY_OFFICER, COMPANY_ADMIN, PLANT_LEADER, UNIT_APPROVER), false);
    }

    @Bean
    HomeTile gasTestsTile() {
        return new HomeTile(HomeTile.WORK, 7, "onsite.tile.gasTests", "🧪", "/onsite/gas-tests", Set.of(GAS_ANALYST), false);
    }
}
