package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceCredentials;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.organization.Organization;
import java.time.Clock;
import cn.anzuo.monitoring.TelemetryIngest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MQTT telemetry: the embedded broker by default, a shared subscription on the customer's broker when configured.
 * The monitoring core's beans are looked up when the first device connects or publishes, not at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MqttProperties.class)
@ConditionalOnProperty(name = "anzuo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
class MqttConfiguration {

    @Bean(destroyMethod = "close")
    IngestLanes mqttIngestLanes(ObjectProvider<TelemetryIngest> ingest, MqttProperties properties) {
        return new IngestLanes(ingest, properties.ingestLanes(), properties.laneCapacity());
    }

    @Bean
    @ConditionalOnExpression("'${anzuo.mqtt.broker-url:}'.isBlank()")
    EmbeddedBroker embeddedMqttBroker(MqttProperties properties, ObjectProvider<DeviceCredentials> credentials,
            IngestLanes lanes) {
        return new EmbeddedBroker(properties, credentials, lanes);
    }

    @Bean
    @ConditionalOnExpression("!'${anzuo.mqtt.broker-url:}'.isBlank()")
    SharedSubscription mqttSharedSubscription(MqttProperties properties, IngestLanes lanes) {
        return new SharedSubscription(properties, lanes);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("anzuo.demo.simulator.enabled")
    @ConditionalOnExpression("'${anzuo.mqtt.broker-url:}'.isBlank()")
    DemoSimulator mqttDemoSimulator(Organization organization, Devices devices, EmbeddedBroker broker, Clock clock) {
        return new DemoSimulator(organization, devices, broker, clock);
    }
}
