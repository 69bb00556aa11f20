package cn.anzuo.monitoring;

/** A device just registered (or given a new secret): the secret is in clear this once and never again. */
public record RegisteredDevice(DeviceView device, String secret) {
}
