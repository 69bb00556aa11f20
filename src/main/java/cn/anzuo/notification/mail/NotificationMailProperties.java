package cn.anzuo.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of notifications. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is e-mailed and the in-app inbox is the only channel.
 *
 * @param mailFrom the sender address of notification e-mails
 */
@ConfigurationProperties("anzuo.notification")
record NotificationMailProperties(@DefaultValue("anzuo@localhost") String mailFrom) {}
