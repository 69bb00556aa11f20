package cn.anzuo.permit.demo;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.ApprovalChains;
import cn.anzuo.shared.DemoDataOrder;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed article's approval chain for height work (一次高处作业需经班组长申报、安全部门审核、分管领导签字),
 * configured for the subsidiary DEMO-YZ at every height level: 班组长 (WORK_LEADER) → 安全部门
 * (SAFETY_OFFICER) → 分管领导 (PLANT_LEADER). Idempotent: nothing changes once DEMO-YZ has its own
 * height chain, so an administrator's later edits survive a restart.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.PERMIT)
class PermitDemoData implements ApplicationRunner {

    static final List<Role> YZ_HEIGHT_CHAIN = List.of(Role.WORK_LEADER, Role.SAFETY_OFFICER, Role.PLANT_LEADER);
    private static final Logger log = LoggerFactory.getLogger(PermitDemoData.class);

    private final Organization organization;
    private final ApprovalChains chains;

    PermitDemoData(Organization organization, ApprovalChains chains) {
        this.organization = organization;
        this.chains = chains;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        organization.companyByCode("DEMO-YZ").ifPresent(yangzhou -> {
            List<PermitLevel> levels = PermitLevel.of(WorkType.HEIGHT);
            if (levels.stream().anyMatch(level -> chains.customized(yangzhou.id(), WorkType.HEIGHT, level))) {
                return;
            }
            levels.forEach(level -> chains.configure(yangzhou.id(), WorkType.HEIGHT, level, YZ_HEIGHT_CHAIN));
            log.info("Demo data: DEMO-YZ height-work chain 班组长 → 安全部门 → 分管领导");
        });
    }
}
