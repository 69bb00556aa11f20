package cn.anzuo.notification.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.channel.ChannelDeliveryFailed;
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

/** The inbox item is the record: e-mail is a delivery row, sent and retried by the delivery job. */
class MailNotifierTest {

    final JavaMailSender sender = mock(JavaMailSender.class);
    final Inbox inbox = mock(Inbox.class);
    final NoticeTexts texts = mock(NoticeTexts.class);
    final Organization organization = mock(Organization.class);
    final ChannelDeliveries deliveries = mock(ChannelDeliveries.class);
    final UUID userId = UUID.randomUUID();
    final UUID itemId = UUID.randomUUID();

    @SuppressWarnings("unchecked")
    MailNotifier notifier(String host) {
        ObjectProvider<JavaMailSender> senders = mock(ObjectProvider.class);
        when(senders.getIfAvailable()).thenReturn(sender);
        return new MailNotifier(senders, host, inbox, texts, organization, deliveries,
                new NotificationMailProperties("anzuo@localhost"));
    }

    @Test
    void an_item_for_a_user_with_an_address_becomes_a_pending_e_mail_in_chinese() {
        UUID companyId = UUID.randomUUID();
        when(organization.user(userId)).thenReturn(Optional.of(
                new UserView(userId, "zhenghai", "郑海", companyId, Set.of(), null, "zhenghai@plant.example")));
        InboxItem item = mock(InboxItem.class);
        when(item.id()).thenReturn(itemId);
        when(item.companyId()).thenReturn(companyId);
        when(inbox.forDelivery(itemId)).thenReturn(Optional.of(item));
        when(texts.title(any(), any())).thenReturn("证书已过期");
        when(texts.body(any(), any())).thenReturn("正文");
        when(texts.text(any(), any())).thenReturn("页脚");

        notifier("smtp.plant.example").on(new InboxItemStored(itemId, userId));

        verify(deliveries).enqueueEmail(companyId, "zhenghai@plant.example", "证书已过期", "正文\n\n页脚", "mail:" + itemId);
        verifyNoInteractions(sender);
    }

    @Test
    void a_failing_smtp_server_is_a_failed_delivery_to_retry() {
        when(sender.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
        doThrow(new MailSendException("connection refused")).when(sender).send(any(MimeMessage.class));

        assertThatThrownBy(() -> notifier("smtp.plant.example").send("zhenghai@plant.example", "证书已过期", "正文"))
                .isInstanceOf(ChannelDeliveryFailed.class).hasMessageContaining("connection refused");
    }

    @Test
    void without_spring_mail_host_nothing_is_sent() {
        notifier("").on(new InboxItemStored(itemId, userId));
        verifyNoInteractions(sender, inbox, organization, deliveries);
    }

    @Test
    void a_user_without_an_address_gets_no_mail() {
        when(organization.user(userId)).thenReturn(Optional.of(
                new UserView(userId, "zhenghai", "郑海", UUID.randomUUID(), Set.of(), null, null)));
        notifier("smtp.plant.example").on(new InboxItemStored(itemId, userId));
        verifyNoInteractions(sender, inbox, deliveries);
    }
}
