package cn.anzuo.support;

import cn.anzuo.AnzuoApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole Anzuo nodes for cluster tests: application contexts of their own on one database, each on a random port,
 * demo data, simulator and scheduling off (a test runs the jobs itself), with the same personal-data key. Close it
 * after each test ({@code @AfterEach}); the nodes stop in reverse order.
 */
public final class ClusterNodes implements AutoCloseable {

    public static final String CRYPTO_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** An H2 file database of its own in {@code folder}, the same on the H2 and the PostgreSQL run of the suite. */
    public static String h2File(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("anzuo").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** A node on the H2 database at {@code url} (user sa), with more settings {@code --name=value} if needed. */
    public ConfigurableApplicationContext h2(String url, Class<?>[] sources, String... more) {
        return start(sources, Stream.concat(Stream.of(
                "--anzuo.db.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password="), Stream.of(more)).toArray(String[]::new));
    }

    /** A node with these settings besides the common ones; start them one after the other, the first migrates. */
    public ConfigurableApplicationContext start(Class<?>[] sources, String... settings) {
        Class<?>[] all = Stream.concat(Stream.of(AnzuoApplication.class), Stream.of(sources)).toArray(Class<?>[]::new);
        String[] args = Stream.concat(Stream.of(
                // the default profile even when the suite runs with the postgres one: the settings name the database
                "--spring.profiles.active=default",
                "--server.port=0",
                "--anzuo.crypto.key=" + CRYPTO_KEY,
                "--anzuo.demo.enabled=false",
                "--anzuo.demo.simulator.enabled=false",
                "--anzuo.scheduling.enabled=false",
                "--spring.main.banner-mode=off"), Stream.of(settings)).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(all).run(args);
        nodes.add(context);
        return context;
    }

    /**
     * Runs the action once on each node, all starting at the same instant (a barrier), and returns each node's
     * result in the order of {@code nodes}: how two nodes race a job or a submit.
     */
    public static <T> List<T> atOnce(List<ConfigurableApplicationContext> nodes,
            Function<ConfigurableApplicationContext, Callable<T>> action) throws Exception {
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            List<Future<T>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                Callable<T> call = action.apply(node);
                runs.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    @Override
    public void close() {
        nodes.reversed().forEach(ConfigurableApplicationContext::close);
        nodes.clear();
    }
}
