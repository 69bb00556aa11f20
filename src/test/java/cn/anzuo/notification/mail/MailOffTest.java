package cn.anzuo.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without {@code spring.mail.host} (the default, and this context) the e-mail channel does not listen for inbox items,
 * so an inbox item leaves no event publication behind; {@link cn.anzuo.notification.NotificationMailTest} covers the other
 * side, with an SMTP server.
 */
@AnzuoTest
class MailOffTest {

    @Autowired ApiClient api;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void without_an_smtp_host_an_inbox_item_is_not_an_event_publication() throws Exception {
        UUID company = UUID.fromString(ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId"));
        UUID safety = UUID.fromString(ApiClient.read(api.get("safety", "/api/v1/me"), "$.id"));
        String link = "/permits/" + UUID.randomUUID();

        transactions.executeWithoutResult(tx -> notifications.notify(new Notice(Set.of(safety), company, "TEST",
                "notification.permitSubmitted.title", "notification.permitSubmitted.body", List.of("HW-1"), link,
                null)));

        UUID item = jdbc.sql("select id from notification where link = ?").param(link).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + item + "%").query(Long.class).single()).isZero();
    }
}
