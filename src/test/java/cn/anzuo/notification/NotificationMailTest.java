package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.qualification.CertificateExpiring;
import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail channel against an in-process SMTP server (GreenMail). The only test class with
 * {@code spring.mail.host} set, so the only one that costs a second application context.
 */
@AnzuoTest
class NotificationMailTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("anzuo.notification.mail-from", () -> "anzuo@plant.example");
    }

    @BeforeAll
    static void start() {
        SMTP.start();
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired ApiClient api;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ChannelDeliveries deliveries;

    @Test
    void an_expiring_certificate_is_e_mailed_in_chinese_to_the_worker() throws Exception {
        UUID demoId = UUID.fromString(ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId"));
        // a name of its own: a second 郑海 in the demo plant would be found instead of the seeded one by other tests
        String worker = "郑" + Unique.code("M");
        UUID workerId = UUID.fromString(ApiClient.read(api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"%s","idNumber":"%s"}""".formatted(demoId, worker, cn.anzuo.support.IdNumbers.next()))
                .andExpect(status().isCreated()), "$.id"));
        String address = Unique.username("worker") + "@plant.example";
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"%s","companyId":"%s","roles":["WORKER"],
                 "workerId":"%s","email":"%s"}""".formatted(Unique.username("m"), worker, demoId, workerId, address))
                .andExpect(status().isCreated());

        transactions.executeWithoutResult(tx -> events.publishEvent(new CertificateExpiring(UUID.randomUUID(), workerId,
                demoId, worker, "4.1", "熔化焊接与热切割作业", LocalDate.of(2026, 12, 15), "EXPIRY", 15)));

        // the listener writes a PENDING e-mail delivery; the delivery job (off in tests) sends it
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.list(demoId, ChannelDeliveries.Status.PENDING, 0, 500)
                .stream().anyMatch(d -> d.channel() == ChannelDeliveries.Channel.EMAIL && d.title().equals("证书即将到期")));
        deliveries.deliverDue();
        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> to(address), mails -> !mails.isEmpty())
                .getFirst();
        assertThat(mail.getSubject()).isEqualTo("证书即将到期");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("anzuo@plant.example");
        assertThat(mail.getContent().toString())
                .contains(worker + " 的 熔化焊接与热切割作业(4.1)将于 2026-12-15 到期")
                .contains("此邮件由安作系统自动发送");
        assertThat(to(address)).hasSize(1);
    }

    static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
