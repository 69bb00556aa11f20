package cn.anzuo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context most tests share (same properties, so Spring caches it): the demo
 * plant, MockMvc and a movable clock. Runs on H2 by default and on PostgreSQL with the postgres profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@AutoConfigureMockMvc
@Import({TestClockConfig.class, ApiClient.class, SessionCookieBridge.class})
public @interface AnzuoTest {}
