package cn.anzuo.notification.mail;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
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
 * The e-mail channel: an SMTP adapter over Spring's {@link JavaMailSender}, in Chinese. It runs
 * after the inbox item is committed, so a mail failure never loses the item: it is logged and the
 * inbox stays the record. Without {@code spring.mail.host} it does nothing (logged once at start).
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);
    static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final JavaMailSender sender;
    private final Inbox inbox;
    private final NoticeTexts texts;
    private final Organization organization;
    private final NotificationMailProperties properties;

    MailNotifier(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host, Inbox inbox,
            NoticeTexts texts, Organization organization, NotificationMailProperties properties) {
        this.sender = StringUtils.hasText(host) ? senders.getIfAvailable() : null;
        this.inbox = inbox;
        this.texts = texts;
        this.organization = organization;
        this.properties = properties;
        if (sender == null) {
            log.info("Notification e-mail is off (spring.mail.host is not set): notifications reach the in-app inbox only");
        } else {
            log.info("Notification e-mail via SMTP host {} from {}", host, properties.mailFrom());
        }
    }

    @ApplicationModuleListener
    void on(InboxItemStored event) {
        if (sender == null) {
            log.debug("Not e-mailing notification {}: e-mail is off", event.itemId());
            return;
        }
        String address = organization.user(event.userId()).map(UserView::email).filter(StringUtils::hasText).orElse(null);
        if (address == null) {
            return;
        }
        inbox.forDelivery(event.itemId()).ifPresent(item -> send(item, address));
    }

    private void send(InboxItem item, String address) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.mailFrom());
            mail.setTo(address);
            mail.setSubject(texts.title(item, MAIL_LOCALE));
            mail.setText(texts.body(item, MAIL_LOCALE) + "\n\n" + texts.text("notification.mail.footer", MAIL_LOCALE));
            sender.send(message);
            log.debug("E-mailed notification {} to user {}", item.id(), item.userId());
        } catch (MailException | MessagingException e) {
            log.warn("Could not e-mail notification {} to user {}; it stays in the inbox: {}", item.id(),
                    item.userId(), e.toString());
        }
    }
}
