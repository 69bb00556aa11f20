package cn.anzuo.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default must not lose a write it acknowledged when the process dies ({@code kill -9}).
 * H2's default WRITE_DELAY (500 ms) keeps commits in memory for up to half a second; the app's URL
 * has to switch that off. A child JVM commits rows with the app's own JDBC URL and is killed while
 * writing; every row whose commit had returned must be there after reopening the file.
 */
class EmbeddedDatabaseDurabilityTest {

    static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @Test
    void a_commit_the_embedded_default_acknowledged_survives_kill_minus_9(@TempDir Path dir) throws Exception {
        String url = applicationDatabaseUrl().replace("./data/anzuo", dir.resolve("anzuo").toString());

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommittingWriter.class.getName(), url, "1000000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int acknowledged = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acknowledged < ACKNOWLEDGED_BEFORE_KILL && (line = lines.readLine()) != null; ) {
                acknowledged = Integer.parseInt(line.trim());
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select count(*), max(id) from acknowledged")) {
            rows.next();
            assertThat(rows.getInt(2)).as("the last acknowledged row is on disk").isGreaterThanOrEqualTo(acknowledged);
            assertThat(rows.getInt(1)).as("no acknowledged row is missing").isEqualTo(rows.getInt(2));
        }
    }

    /** {@code anzuo.db.url} exactly as the app ships it (src/main/resources/application.properties). */
    static String applicationDatabaseUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String url = properties.getProperty("anzuo.db.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/anzuo");
        return url;
    }
}
