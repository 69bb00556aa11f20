package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.domain.DeviceRegistry;
import cn.anzuo.organization.RequestCompany;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A device's signed request (telemetry, camera and face events) acts for the device's company, so that
 * company's module switches apply (ADR 0071). Only looked up here; the controller verifies the signature.
 */
@Component
class DeviceRequestCompany implements RequestCompany {

    private final DeviceRegistry devices;

    DeviceRequestCompany(DeviceRegistry devices) {
        this.devices = devices;
    }

    @Override
    public Optional<UUID> companyOf(HttpServletRequest request) {
        String code = request.getHeader("X-Device-Code");
        return code == null || code.isBlank() ? Optional.empty() : devices.byCode(code).map(DeviceRegistry.Device::companyId);
    }
}
