package cn.anzuo.notification.mail;

import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.channel.ChannelDeliveryFailed;
import cn.anzuo.notification.channel.EmailSender;
import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItemStored;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The e-mail channel, in Chinese. When an inbox item is committed for a user with an address, it writes a PENDING
 * e-mail delivery (ADR 0055): the delivery job sends it over SMTP ({@link EmailSender}, Spring's
 * {@link JavaMailSender}), retries a refusal with back-off and lists it FAILED at last, and a crash loses nothing.
 * The inbox item stays the record. Without {@code spring.mail.host} it does nothing (logged once at start), and
 * does not even listen.
 */
@Component
class MailNotifier implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);
    static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final JavaMailSender sender;
    private final Inbox inbox;
    private final NoticeTexts texts;
    private final Organization organization;
    private final ChannelDeliveries deliveries;
    private final NotificationMailProperties properties;

    MailNotifier(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host, Inbox inbox,
            NoticeTexts texts, Organization organization, ChannelDeliveries deliveries,
            NotificationMailProperties properties) {
        this.sender = StringUtils.hasText(host) ? senders.getIfAvailable() : null;
        this.inbox = inbox;
        this.texts = texts;
        this.organization = organization;
        this.deliveries = deliveries;
        this.properties = properties;
        if (sender == null) {
            log.info("Notification e-mail is off (spring.mail.host is not set): notifications reach the in-app inbox only");
        } else {
            log.info("Notification e-mail via SMTP host {} from {}", host, properties.mailFrom());
        }
    }

    /**
     * Only while e-mail is on: Modulith checks the condition before it stores an event publication for a listener. A
     * publication is a row written with the item, then two more writes and commits around the call; without e-mail,
     * every permit submission paid them for nothing.
     */
    @ApplicationModuleListener(condition = "@mailNotifier.enabled()")
    void on(InboxItemStored event) {
        if (sender == null) {
            log.debug("Not e-mailing notification {}: e-mail is off", event.itemId());
            return;
        }
        String address = organization.user(event.userId()).map(UserView::email).filter(StringUtils::hasText).orElse(null);
        if (address == null) {
            return;
        }
        inbox.forDelivery(event.itemId()).ifPresent(item -> deliveries.enqueueEmail(item.companyId(), address,
                texts.title(item, MAIL_LOCALE),
                texts.body(item, MAIL_LOCALE) + "\n\n" + texts.text("notification.mail.footer", MAIL_LOCALE),
                "mail:" + item.id()));
    }

    @Override
    public boolean enabled() {
        return sender != null;
    }

    @Override
    public void send(String address, String subject, String text) {
        if (sender == null) {
            throw new ChannelDeliveryFailed("e-mail is off (spring.mail.host is not set)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.mailFrom());
            mail.setTo(address);
            mail.setSubject(subject);
            mail.setText(text);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new ChannelDeliveryFailed("SMTP: " + e.getMessage());
        }
    }
}
