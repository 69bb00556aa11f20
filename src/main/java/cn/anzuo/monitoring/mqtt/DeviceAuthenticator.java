package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceCredentials;
import org.springframework.beans.factory.ObjectProvider;
import io.moquette.broker.security.IAuthenticator;
import java.nio.charset.StandardCharsets;

/** MQTT CONNECT: username = device code, password = the device's secret; anything else is refused. */
final class DeviceAuthenticator implements IAuthenticator {

    private final ObjectProvider<DeviceCredentials> credentials;

    DeviceAuthenticator(ObjectProvider<DeviceCredentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (!TelemetryTopic.plainCode(username) || password == null || password.length == 0) {
            return false;
        }
        DeviceCredentials known = credentials.getIfAvailable();
        return known != null && known.matches(username, new String(password, StandardCharsets.UTF_8));
    }
}
