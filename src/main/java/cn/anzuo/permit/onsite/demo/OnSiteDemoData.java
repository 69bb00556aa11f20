package cn.anzuo.permit.onsite.demo;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.DemoDataOrder;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One rotating-QR checkpoint ({@code <site code>-QR}) at every demo site, so workers can check in
 * (kiosk → scan) without an administrator setting one up first. A site that already has a
 * checkpoint is left alone.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.ONSITE)
class OnSiteDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OnSiteDemoData.class);

    private final Organization organization;
    private final Checkpoints checkpoints;

    OnSiteDemoData(Organization organization, Checkpoints checkpoints) {
        this.organization = organization;
        this.checkpoints = checkpoints;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (String code : List.of("DEMO", "DEMO-YZ")) {
            CompanyView company = organization.companyByCode(code).orElse(null);
            if (company == null) {
                continue;
            }
            for (SiteView site : organization.sitesOf(Set.of(company.id()), "")) {
                if (checkpoints.ofSite(site.id()).isEmpty()) {
                    checkpoints.create(company.id(), site.id(), site.code() + "-QR", Checkpoints.Kind.QR);
                    created++;
                }
            }
        }
        if (created > 0) {
            log.info("Demo data: {} rotating-QR checkpoints", created);
        }
    }
}
