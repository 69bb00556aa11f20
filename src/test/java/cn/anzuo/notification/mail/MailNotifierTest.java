package cn.anzuo.notification.mail;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
import cn.anzuo.notification.domain.InboxItemStored;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** The inbox item is the record: e-mail is best effort and never fails the delivery. */
class MailNotifierTest {

    final JavaMailSender sender = mock(JavaMailSender.class);
    final Inbox inbox = mock(Inbox.class);
    final NoticeTexts texts = mock(NoticeTexts.class);
    final Organization organization = mock(Organization.class);
    final UUID userId = UUID.randomUUID();
    final UUID itemId = UUID.randomUUID();

    @SuppressWarnings("unchecked")
    MailNotifier notifier(String host) {
        ObjectProvider<JavaMailSender> senders = mock(ObjectProvider.class);
        when(senders.getIfAvailable()).thenReturn(sender);
        return new MailNotifier(senders, host, inbox, texts, organization, new NotificationMailProperties("anzuo@localhost"));
    }

    @Test
    void a_failing_smtp_server_is_logged_not_thrown() {
        when(organization.user(userId)).thenReturn(Optional.of(
                new UserView(userId, "zhenghai", "郑海", UUID.randomUUID(), Set.of(), null, "zhenghai@plant.example")));
        when(inbox.forDelivery(itemId)).thenReturn(Optional.of(mock(InboxItem.class)));
        when(texts.title(any(), any())).thenReturn("证书已过期");
        when(texts.body(any(), any())).thenReturn("正文");
        when(texts.text(any(), any())).thenReturn("页脚");
        when(sender.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
        doThrow(new MailSendException("connection refused")).when(sender).send(any(MimeMessage.class));

        assertThatNoException().isThrownBy(() -> notifier("smtp.plant.example").on(new InboxItemStored(itemId, userId)));
        verify(sender).send(any(MimeMessage.class));
    }

    @Test
    void without_spring_mail_host_nothing_is_sent() {
        notifier("").on(new InboxItemStored(itemId, userId));
        verifyNoInteractions(sender, inbox, organization);
    }

    @Test
    void a_user_without_an_address_gets_no_mail() {
        when(organization.user(userId)).thenReturn(Optional.of(
                new UserView(userId, "zhenghai", "郑海", UUID.randomUUID(), Set.of(), null, null)));
        notifier("smtp.plant.example").on(new InboxItemStored(itemId, userId));
        verifyNoInteractions(sender, inbox);
    }
}
