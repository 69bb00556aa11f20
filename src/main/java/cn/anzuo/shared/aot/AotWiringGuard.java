package cn.anzuo.shared.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Spring AOT decides the wiring when the jar is built: which profiles are active and which of our
 * {@code @Conditional…} switches hold are frozen into generated code (ADR 0096). Built for the embedded default,
 * that wiring must not quietly run a node configured otherwise (demo off, PostgreSQL, a customer's broker).
 * At build time this records the switches as it saw them; at a start that uses the generated code it compares
 * them with the start's configuration and refuses to start, naming each switch that differs.
 */
public final class AotWiringGuard
        implements BeanFactoryInitializationAotProcessor, ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String RECORD = "META-INF/anzuo/aot-wiring.properties";
    static final String RECORD_COMMENT = "Anzuo's wiring switches as Spring AOT saw them at build time (AotWiringGuard)";

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        Map<String, String> atBuild = WiringSwitches.read(beanFactory.getBean(Environment.class));
        return (generation, code) -> generation.getGeneratedFiles().addResourceFile(RECORD, store(atBuild));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> differences = differences(recorded(), WiringSwitches.read(context.getEnvironment()));
        if (!differences.isEmpty()) {
            throw new IllegalStateException("This jar's Spring AOT wiring was built for other settings than this start's: "
                    + String.join("; ", differences) + ". Start without -Dspring.aot.enabled=true (./run: "
                    + "ANZUO_SPRING_AOT=off), or build the wiring with these settings (docs/adr/0096).");
        }
    }

    static List<String> differences(Map<String, String> atBuild, Map<String, String> now) {
        List<String> differences = new ArrayList<>();
        now.forEach((name, value) -> {
            String built = atBuild.getOrDefault(name, "(not recorded)");
            if (!built.equals(value)) {
                differences.add(name + " was " + built + " at build time, is " + value + " now");
            }
        });
        return differences;
    }

    private static Map<String, String> recorded() {
        try (InputStream in = AotWiringGuard.class.getClassLoader().getResourceAsStream(RECORD)) {
            if (in == null) {
                throw new IllegalStateException(RECORD + " is missing: this jar's Spring AOT wiring was not built by "
                        + "this application's build (./mvnw -Paot package).");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> switches = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(name -> switches.put(name, properties.getProperty(name)));
            return switches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String store(Map<String, String> switches) {
        Properties properties = new Properties();
        properties.putAll(switches);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // store() begins with the date as a comment line: without it two builds of the same code write the same file
        return out.toString().lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n", "# " + RECORD_COMMENT + "\n", "\n"));
    }
}
