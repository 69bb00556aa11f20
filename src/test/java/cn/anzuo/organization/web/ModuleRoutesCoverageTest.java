package cn.anzuo.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.OptionalModule;
import cn.anzuo.support.AnzuoTest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The URL → module table covers every request mapping of every optional module's controllers, and nothing
 * of the always-on parts — read from Spring's own handler mapping, so a new endpoint cannot slip through.
 */
@AnzuoTest
class ModuleRoutesCoverageTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The module a controller belongs to, by its package or (identity, risk rules) by the controller itself. */
    static Optional<OptionalModule> expectedModule(Class<?> controller) {
        String name = controller.getName();
        String simple = controller.getSimpleName();
        if (simple.startsWith("FaceEvent") || simple.startsWith("Passkey") || simple.startsWith("NfcTap")) {
            return Optional.of(OptionalModule.IDENTITY);
        }
        if (simple.startsWith("Weather") || simple.startsWith("Fatigue") || simple.startsWith("Simops")
                || simple.startsWith("RiskScore") || name.startsWith("cn.anzuo.risk")) {
            return Optional.of(OptionalModule.RISK_RULES);
        }
        for (Map.Entry<String, OptionalModule> e : Map.of(
                "cn.anzuo.monitoring.", OptionalModule.MONITORING,
                "cn.anzuo.archive.", OptionalModule.ARCHIVE,
                "cn.anzuo.analytics.", OptionalModule.ANALYTICS,
                "cn.anzuo.briefing.", OptionalModule.ANALYTICS,
                "cn.anzuo.hazard.", OptionalModule.HAZARDS).entrySet()) {
            if (name.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** A request path for a mapping pattern: every variable becomes a UUID. */
    static String samplePath(String pattern) {
        return pattern.replaceAll("\\{\\*?[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    void every_controller_mapping_of_an_optional_module_is_in_the_table_and_no_other_is() {
        int optional = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Class<?> controller = entry.getValue().getBeanType();
            if (!controller.getName().startsWith("cn.anzuo.")) {
                continue;
            }
            Optional<OptionalModule> expected = expectedModule(controller);
            for (String pattern : entry.getKey().getPatternValues()) {
                assertThat(ModuleRoutes.moduleOf(samplePath(pattern)))
                        .as("%s %s", controller.getSimpleName(), pattern).isEqualTo(expected);
                if (expected.isPresent()) {
                    optional++;
                }
            }
        }
        assertThat(optional).as("mappings of optional modules found").isGreaterThan(60);
    }

    @Test
    void a_narrower_pattern_wins_over_a_wider_one() {
        assertThat(ModuleRoutes.moduleOf("/api/v1/devices/face-events")).contains(OptionalModule.IDENTITY);
        assertThat(ModuleRoutes.moduleOf("/api/v1/devices/" + UUID.randomUUID())).contains(OptionalModule.MONITORING);
        assertThat(ModuleRoutes.moduleOf("/api/v1/permits/" + UUID.randomUUID())).isEmpty();
        assertThat(ModuleRoutes.moduleOf("/api/v1/sites/" + UUID.randomUUID() + "/weather")).contains(OptionalModule.RISK_RULES);
        assertThat(ModuleRoutes.moduleOf("/api/v1/sites/" + UUID.randomUUID() + "/checkpoints")).isEmpty();
        assertThat(ModuleRoutes.moduleOf("/onsite/check-in")).isEmpty();
    }
}
