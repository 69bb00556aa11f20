package cn.anzuo.notification.channel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Chooses the SMS gateway (ADR 0055): Aliyun when configured, else the simulated one that only logs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    SmsSender smsSender(SmsProperties properties, JsonMapper json, Clock clock) {
        SmsProperties.Aliyun aliyun = properties.aliyun();
        if (aliyun != null && aliyun.configured()) {
            if (isBlank(aliyun.accessKeySecret()) || isBlank(aliyun.signName()) || isBlank(aliyun.templateCode())) {
                throw new IllegalStateException("anzuo.sms.aliyun needs access-key-secret, sign-name and template-code "
                        + "with its access-key-id");
            }
            return new AliyunSmsSender(aliyun,
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), json, clock);
        }
        LoggerFactory.getLogger(SmsConfiguration.class).info("SMS gateway: simulated (messages are only logged)");
        return new LoggingSmsSender();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
