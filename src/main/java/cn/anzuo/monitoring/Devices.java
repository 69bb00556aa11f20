package cn.anzuo.monitoring;

import cn.anzuo.monitoring.domain.DeviceRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The monitoring module's facade for devices: register one (its secret is answered once), give it a new
 * secret, list a site's or a company's devices. Callers decide who may do so.
 */
@Service
public class Devices {

    private final DeviceRegistry registry;

    Devices(DeviceRegistry registry) {
        this.registry = registry;
    }

    public RegisteredDevice register(UUID companyId, UUID siteId, String code, DeviceKind kind, LocalDate calibratedOn) {
        return registry.register(companyId, siteId, code, kind, calibratedOn);
    }

    public RegisteredDevice rotateSecret(UUID deviceId) {
        return registry.rotateSecret(deviceId);
    }

    /** Records a calibration date, or switches the device off (its messages are refused) and on. */
    public DeviceView change(UUID deviceId, LocalDate calibratedOn, boolean enabled) {
        return registry.change(deviceId, calibratedOn, enabled);
    }

    public Optional<DeviceView> find(UUID deviceId) {
        return registry.view(deviceId);
    }

    public Optional<DeviceView> byCode(String code) {
        return registry.byCode(code).flatMap(d -> registry.view(d.id()));
    }

    public List<DeviceView> atSite(UUID siteId) {
        return registry.atSite(siteId);
    }

    public List<DeviceView> ofCompany(UUID companyId) {
        return registry.ofCompany(companyId);
    }
}
