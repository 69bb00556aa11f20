package cn.anzuo.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster fan-out of live hints (ADR 0081) when the database is PostgreSQL: every node of a cluster shares one.
 * On H2 (one process, the embedded default) there is no other node and nothing to fan out.
 * {@code anzuo.live.fan-out.enabled=false} turns it off; {@code anzuo.live.fan-out.channel} names the channel, so
 * two installations on one database server (or a test) keep apart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "anzuo.live.fan-out.enabled", matchIfMissing = true)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
class LiveFanOutConfig {

    @Bean
    PostgresLiveFanOut postgresLiveFanOut(LiveHub hub, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password,
            @Value("${anzuo.live.fan-out.channel:anzuo_live}") String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("anzuo.live.fan-out.channel must be a plain lower-case identifier");
        }
        return new PostgresLiveFanOut(hub, url, username, password, channel);
    }
}
