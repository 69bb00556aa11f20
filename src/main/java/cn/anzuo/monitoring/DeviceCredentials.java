package cn.anzuo.monitoring;

/** Checks a device's own secret, e.g. the password of an MQTT CONNECT (username = device code). */
public interface DeviceCredentials {

    /** True when an enabled device with this code exists and the secret is its own. Constant-time comparison. */
    boolean matches(String deviceCode, String secret);
}
