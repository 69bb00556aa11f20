package cn.anzuo.monitoring.web;

import static cn.anzuo.shared.security.Role.COMPANY_ADMIN;
import static cn.anzuo.shared.security.Role.PLANT_LEADER;
import static cn.anzuo.shared.security.Role.SAFETY_OFFICER;

import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Home tiles of the monitoring pages. */
@Configuration(proxyBeanMethods = false)
class MonitoringTiles {

    @Bean
    HomeTile alarmsTile() {
        return new HomeTile(HomeTile.WORK, 8, "tile.alarms", "🚨", "/alarms", Set.of(SAFETY_OFFICER, PLANT_LEADER, COMPANY_ADMIN),
                false);
    }

    @Bean
    HomeTile devicesTile() {
        return new HomeTile(HomeTile.ADMIN, 50, "tile.devices", "📡", "/admin/devices", Set.of(COMPANY_ADMIN), false);
    }
}
