package cn.anzuo.notification.web;

import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationTiles {

    /** Every user has an inbox. */
    @Bean
    HomeTile inboxTile() {
        return new HomeTile(HomeTile.WORK, 90, "tile.inbox", "✉", "/inbox", Set.of(), false);
    }
}
