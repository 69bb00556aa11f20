package cn.anzuo.notification.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIMULATED SMS gateway: it only logs the message (with the number masked). A real adapter
 * (Aliyun, Tencent Cloud SMS …) implements {@link SmsSender} with the vendor's signed API.
 */
public final class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phoneNumber, String text) {
        log.info("SMS (simulated) to {}: {}", mask(phoneNumber), text);
    }

    static String mask(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.length() < 4) {
            return "****";
        }
        return "****" + phoneNumber.substring(phoneNumber.length() - 4);
    }
}
