package cn.anzuo.monitoring.demo;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.DemoDataOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A portable four-gas detector ({@code <site code>-GD1}) at every demo site and a camera ({@code <site code>-CAM1})
 * at the hot-work sites, so the board has something to show. Their secrets are random and shown to
 * nobody; the demo simulator gives them new ones when it starts. A site with devices is left alone.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.MONITORING)
class MonitoringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);

    private final Organization organization;
    private final Devices devices;

    MonitoringDemoData(Organization organization, Devices devices) {
        this.organization = organization;
        this.devices = devices;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (String code : List.of("DEMO", "DEMO-YZ")) {
            CompanyView company = organization.companyByCode(code).orElse(null);
            if (company == null) {
                continue;
            }
            for (SiteView site : organization.sitesOf(Set.of(company.id()), "")) {
                if (!devices.atSite(site.id()).isEmpty()) {
                    continue;
                }
                devices.register(company.id(), site.id(), site.code() + "-GD1", DeviceKind.GAS_DETECTOR,
                        LocalDate.of(2026, 9, 1));
                created++;
                if (site.hazardArea()) {
                    devices.register(company.id(), site.id(), site.code() + "-CAM1", DeviceKind.CAMERA, null);
                    created++;
                }
            }
        }
        if (created > 0) {
            log.info("Demo data: {} devices", created);
        }
    }
}
