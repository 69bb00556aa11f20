package cn.anzuo.notification.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway: Aliyun when its access key is configured (from the environment, never in the repository),
 * otherwise the simulated {@link LoggingSmsSender}.
 */
@ConfigurationProperties("anzuo.sms")
record SmsProperties(@DefaultValue Aliyun aliyun) {

    record Aliyun(String accessKeyId, String accessKeySecret, String signName, String templateCode,
            @DefaultValue("content") String templateVariable, @DefaultValue("cn-hangzhou") String regionId,
            @DefaultValue("https://dysmsapi.aliyuncs.com") String endpoint) {

        boolean configured() {
            return accessKeyId != null && !accessKeyId.isBlank();
        }
    }
}
