package cn.anzuo.qualification.ledger;

import static cn.anzuo.shared.security.Role.COMPANY_ADMIN;
import static cn.anzuo.shared.security.Role.SAFETY_OFFICER;

import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerTiles {

    @Bean
    HomeTile ledgerTile() {
        return new HomeTile(HomeTile.ADMIN, 50, "tile.ledger", "📥", "/qualification/import",
                Set.of(COMPANY_ADMIN, SAFETY_OFFICER), false);
    }
}
