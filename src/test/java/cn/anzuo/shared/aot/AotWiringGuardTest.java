package cn.anzuo.shared.aot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.OurClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.env.MockEnvironment;

/** ADR 0096: Spring AOT's frozen wiring runs only with the switches it was built for. */
class AotWiringGuardTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    @Test
    void every_switch_our_conditions_read_is_guarded_with_the_conditions_default() {
        Map<String, Boolean> defaults = new HashMap<>(); // key -> matchIfMissing, null for expressions
        Stream.concat(OurClasses.MAIN.stream().map(c -> (HasAnnotations<?>) c),
                        OurClasses.MAIN.stream().flatMap(c -> c.getMethods().stream()))
                .forEach(element -> collectKeys(element, defaults));
        assertThat(defaults).as("keys read by our @Conditional… annotations")
                .containsKeys("anzuo.demo.enabled", "spring.datasource.url", "anzuo.mqtt.broker-url");

        Map<String, String> unset = WiringSwitches.read(new MockEnvironment());
        assertThat(unset.keySet()).containsAll(defaults.keySet());
        defaults.forEach((key, matchIfMissing) -> {
            if (matchIfMissing != null) {
                assertThat(unset.get(key)).as(key + " when unset").isEqualTo(String.valueOf(matchIfMissing));
            }
        });
    }

    @Test
    void a_start_whose_switches_differ_from_the_build_is_refused_naming_each() {
        Map<String, String> atBuild = WiringSwitches.read(embeddedDefault());
        MockEnvironment production = embeddedDefault()
                .withProperty("anzuo.demo.enabled", "false")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/anzuo");
        production.setActiveProfiles("postgres");

        assertThat(AotWiringGuard.differences(atBuild, WiringSwitches.read(production))).containsExactly(
                "profiles was (default) at build time, is postgres now",
                "anzuo.demo.enabled was true at build time, is false now",
                "spring.datasource.url was (not PostgreSQL) at build time, is (PostgreSQL) now");
    }

    @Test
    void a_flag_that_is_not_true_or_false_is_read_as_its_condition_reads_it_and_refused_by_name() {
        Map<String, String> atBuild = WiringSwitches.read(embeddedDefault());
        MockEnvironment spelledOtherwise = embeddedDefault()
                .withProperty("anzuo.demo.enabled", "yes")             // a condition reads anything but "true" as off
                .withProperty("anzuo.demo.simulator.enabled", "TRUE"); // and "true" in any case as on

        assertThat(AotWiringGuard.differences(atBuild, WiringSwitches.read(spelledOtherwise))).containsExactly(
                "anzuo.demo.enabled was true at build time, is false now");
    }

    @Test
    void settings_no_condition_reads_do_not_refuse_a_start() {
        Map<String, String> atBuild = WiringSwitches.read(embeddedDefault());
        MockEnvironment elsewhere = embeddedDefault()
                .withProperty("spring.datasource.url", "jdbc:h2:file:/srv/anzuo/data/anzuo")
                .withProperty("server.port", "8081")
                .withProperty("anzuo.scheduling.enabled", "true"); // explicitly what it defaults to

        assertThat(AotWiringGuard.differences(atBuild, WiringSwitches.read(elsewhere))).isEmpty();
    }

    @Test
    void the_build_records_the_switches_it_saw() throws Exception {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerSingleton("environment", embeddedDefault());
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(AotWiringGuardTest.class)), files);

        new AotWiringGuard().processAheadOfTime(beanFactory).applyTo(generation, null);

        String record = files.getGeneratedFileContent(Kind.RESOURCE, AotWiringGuard.RECORD);
        assertThat(record.lines().filter(line -> line.startsWith("#")))
                .as("no date: two builds of the same code write the same record")
                .containsExactly("# " + AotWiringGuard.RECORD_COMMENT);
        Properties recorded = new Properties();
        recorded.load(new StringReader(record));
        Map<String, String> asRecorded = new HashMap<>();
        recorded.stringPropertyNames().forEach(name -> asRecorded.put(name, recorded.getProperty(name)));
        assertThat(asRecorded).isEqualTo(WiringSwitches.read(embeddedDefault()));
    }

    private static MockEnvironment embeddedDefault() {
        return new MockEnvironment()
                .withProperty("anzuo.demo.enabled", "true")
                .withProperty("anzuo.demo.simulator.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/anzuo");
    }

    private static void collectKeys(HasAnnotations<?> element, Map<String, Boolean> defaults) {
        element.tryGetAnnotationOfType(ConditionalOnBooleanProperty.class).ifPresent(c -> {
            for (String name : c.name().length > 0 ? c.name() : c.value()) {
                defaults.put(prefixed(c.prefix(), name), c.matchIfMissing());
            }
        });
        element.tryGetAnnotationOfType(ConditionalOnProperty.class).ifPresent(c -> {
            for (String name : c.name().length > 0 ? c.name() : c.value()) {
                defaults.put(prefixed(c.prefix(), name), c.matchIfMissing());
            }
        });
        element.tryGetAnnotationOfType(ConditionalOnExpression.class).ifPresent(c -> {
            Matcher placeholders = PLACEHOLDER.matcher(c.value());
            while (placeholders.find()) {
                defaults.putIfAbsent(placeholders.group(1), null);
            }
        });
    }

    private static String prefixed(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix.endsWith(".") ? prefix + name : prefix + "." + name;
    }
}
