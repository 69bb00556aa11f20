// The price of a durable commit on H2 alone, without HTTP: single-row transactions committed one after
// the other into a fresh file database, with WRITE_DELAY=500 (H2's default) and WRITE_DELAY=0 (Anzuo's),
// alternating, repeated. Run by .ci/durability-bench.sh: java -cp h2.jar .ci/CommitBench.java DIR
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class CommitBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/commit-bench");
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(dir);
        Map<Integer, List<Double>> rates = new LinkedHashMap<>();
        for (int r = 1; r <= repeats; r++) {
            for (int delay : new int[] {500, 0}) {
                String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("d" + delay + "-" + r + "/bench")
                        + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + delay;
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.createStatement().execute("create table t (id int primary key, note varchar(100))");
                    c.setAutoCommit(false);
                    try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                        long started = System.nanoTime();
                        for (int i = 0; i < commits; i++) {
                            insert.setInt(1, i);
                            insert.setString(2, "row " + i);
                            insert.executeUpdate();
                            c.commit();
                        }
                        double seconds = (System.nanoTime() - started) / 1e9;
                        rates.computeIfAbsent(delay, k -> new ArrayList<>()).add(commits / seconds);
                        System.out.printf("WRITE_DELAY=%d run %d: %d commits in %.2f s (%.0f/s)%n", delay, r, commits, seconds,
                                commits / seconds);
                    }
                }
            }
        }
        System.out.println("| H2 setting | runs | min commits/s | median | max |");
        System.out.println("|---|---|---|---|---|");
        rates.forEach((delay, list) -> {
            List<Double> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf("| `WRITE_DELAY=%d` | %d | %.0f | %.0f | %.0f |%n", delay, sorted.size(), sorted.getFirst(),
                    sorted.get(sorted.size() / 2), sorted.getLast());
        });
    }
}
