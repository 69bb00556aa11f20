package cn.anzuo.permit.weather.web;

import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safety officer's way to the weather page (the manual entry). */
@Configuration(proxyBeanMethods = false)
class WeatherTiles {

    @Bean
    HomeTile weatherTile() {
        return new HomeTile(HomeTile.WORK, 8, "weather.tile", "🌬", "/weather", Set.of(Role.SAFETY_OFFICER), false);
    }
}
