package cn.anzuo.organization.web;

import static cn.anzuo.shared.security.Role.COMPANY_ADMIN;
import static cn.anzuo.shared.security.Role.GROUP_ADMIN;

import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationTiles {

    @Bean
    HomeTile companiesTile() {
        return new HomeTile(HomeTile.ADMIN, 10, "tile.companies", "🏢", "/admin/companies", Set.of(GROUP_ADMIN), false);
    }

    @Bean
    HomeTile sitesTile() {
        return new HomeTile(HomeTile.ADMIN, 20, "tile.sites", "📍", "/admin/sites", Set.of(COMPANY_ADMIN, GROUP_ADMIN), false);
    }

    @Bean
    HomeTile usersTile() {
        return new HomeTile(HomeTile.ADMIN, 30, "tile.users", "👥", "/admin/users", Set.of(COMPANY_ADMIN, GROUP_ADMIN), false);
    }

    @Bean
    HomeTile policyTile() {
        return new HomeTile(HomeTile.ADMIN, 40, "tile.policy", "⚖", "/admin/policy", Set.of(COMPANY_ADMIN, GROUP_ADMIN), false);
    }

    @Bean
    HomeTile passwordTile() {
        return new HomeTile(HomeTile.WORK, 95, "tile.password", "🔑", "/me/password", Set.of(), false);
    }

    @Bean
    HomeTile passkeysTile() {
        return new HomeTile(HomeTile.WORK, 96, "tile.passkeys", "👆", "/me/passkeys", Set.of(), false);
    }

    @Bean
    HomeTile apiDocsTile() {
        return new HomeTile(HomeTile.ADMIN, 90, "tile.apidocs", "⌘", "/swagger-ui.html", Set.of(COMPANY_ADMIN, GROUP_ADMIN), false);
    }
}
