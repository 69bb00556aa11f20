package cn.anzuo.monitoring.mqtt;

import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

/**
 * A device publishes only to its own telemetry topic and subscribes only below its own
 * {@code anzuo/devices/{code}/}; it never sees another device's topics.
 */
final class DeviceTopicPolicy implements IAuthorizatorPolicy {

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return TelemetryTopic.plainCode(user) && TelemetryTopic.of(user).equals(topic.toString());
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return TelemetryTopic.plainCode(user) && topic.toString().startsWith(TelemetryTopic.PREFIX + user + "/");
    }
}
