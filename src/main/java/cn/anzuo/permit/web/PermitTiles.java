package cn.anzuo.permit.web;

import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PermitTiles {

    /** The leader's entry point, first and highlighted. */
    @Bean
    HomeTile applyTile() {
        return new HomeTile(HomeTile.WORK, 5, "tile.permitApply", "✚", "/permits/apply", Set.of(Role.WORK_LEADER), true);
    }

    @Bean
    HomeTile approvalsTile() {
        return new HomeTile(HomeTile.WORK, 10, "tile.approvals", "✔", "/approvals",
                Set.copyOf(PermitCards.APPROVER_ROLES), false);
    }

    /** Everyone but a plain worker, who finds their permits through their notifications. */
    @Bean
    HomeTile permitsTile() {
        return new HomeTile(HomeTile.WORK, 20, "tile.permits", "▤", "/permits",
                EnumSet.complementOf(EnumSet.of(Role.WORKER)), false);
    }

    @Bean
    HomeTile approvalChainsTile() {
        return new HomeTile(HomeTile.ADMIN, 50, "tile.approvalChains", "⇢", "/admin/approval-chains",
                Set.of(Role.COMPANY_ADMIN, Role.GROUP_ADMIN), false);
    }

    @Bean
    HomeTile holidaysTile() {
        return new HomeTile(HomeTile.ADMIN, 55, "tile.holidays", "▦", "/admin/holidays",
                Set.of(Role.COMPANY_ADMIN, Role.GROUP_ADMIN), false);
    }
}
