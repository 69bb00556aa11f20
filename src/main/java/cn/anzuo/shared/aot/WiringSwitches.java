package cn.anzuo.shared.aot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.env.Environment;

/**
 * The settings our {@code @Conditional…} annotations and profiles decide the wiring by, each read the way its
 * condition reads it (a boolean with its condition's default, a URL by whether it names PostgreSQL). A test keeps
 * this list complete: every key one of our conditions names must be here, with the same default.
 */
final class WiringSwitches {

    record Switch(String name, Function<Environment, String> reading) {

        /**
         * As Spring Boot's property conditions read a flag: absent, its default; present, on only when it says
         * {@code true} (any case). Any other value ("yes", "1") is off, and is not a conversion error here.
         */
        static Switch flag(String key, boolean matchIfMissing) {
            return new Switch(key, env -> {
                String value = env.getProperty(key);
                return String.valueOf(value == null ? matchIfMissing : value.equalsIgnoreCase("true"));
            });
        }
    }

    static final List<Switch> ALL = List.of(
            new Switch("profiles", env -> env.getActiveProfiles().length == 0
                    ? "(default)" : String.join(",", env.getActiveProfiles())),
            Switch.flag("anzuo.demo.enabled", false),
            Switch.flag("anzuo.demo.simulator.enabled", false),
            Switch.flag("anzuo.mqtt.enabled", true),
            Switch.flag("anzuo.scheduling.enabled", true),
            Switch.flag("anzuo.live.fan-out.enabled", true),
            Switch.flag("anzuo.weather.provider.enabled", false),
            new Switch("anzuo.mqtt.broker-url",
                    env -> env.getProperty("anzuo.mqtt.broker-url", "").isBlank() ? "(embedded broker)" : "(a broker)"),
            new Switch("spring.datasource.url",
                    env -> env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")
                            ? "(PostgreSQL)" : "(not PostgreSQL)"));

    private WiringSwitches() {}

    static Map<String, String> read(Environment env) {
        Map<String, String> values = new LinkedHashMap<>();
        ALL.forEach(s -> values.put(s.name(), s.reading().apply(env)));
        return values;
    }
}
