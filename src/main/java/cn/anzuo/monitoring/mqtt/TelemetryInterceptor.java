package cn.anzuo.monitoring.mqtt;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Optional;

/**
 * Every PUBLISH the broker accepted (after {@link DeviceTopicPolicy}): its bytes are copied and queued on an
 * {@link IngestLanes} lane. Runs on Moquette's interceptor thread, after the PUBACK, never on a network thread.
 */
final class TelemetryInterceptor extends AbstractInterceptHandler {

    private final IngestLanes lanes;

    TelemetryInterceptor(IngestLanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public String getID() {
        return "anzuo-telemetry";
    }

    @Override
    public Class<?>[] getInterceptedMessageTypes() {
        return new Class<?>[] {InterceptPublishMessage.class};
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
        ByteBuf payload = msg.getPayload();
        try {
            Optional<String> code = TelemetryTopic.deviceCode(msg.getTopicName());
            // The policy already refused other topics; the username check keeps that true if the policy changes.
            if (code.isPresent() && code.get().equals(msg.getUsername())) {
                lanes.submit(code.get(), ByteBufUtil.getBytes(payload));
            }
        } finally {
            payload.release();
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        org.slf4j.LoggerFactory.getLogger(TelemetryInterceptor.class).warn("MQTT session loop error", error);
    }
}
