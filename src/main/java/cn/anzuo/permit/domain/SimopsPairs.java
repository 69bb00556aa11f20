package cn.anzuo.permit.domain;

import cn.anzuo.shared.WorkType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which work types conflict within which distance: data, read from {@code simops/conflict-pairs.csv}
 * (API.md's rule "hot work within 15 m of any permit" is its default row).
 */
@Component
public class SimopsPairs {

    static final String RESOURCE = "simops/conflict-pairs.csv";

    /** One row: {@code first} and {@code second} (null = any type) conflict within {@code meters}. */
    public record Pair(WorkType first, WorkType second, double meters) {

        boolean matches(WorkType a, WorkType b) {
            return (is(first, a) && is(second, b)) || (is(first, b) && is(second, a));
        }

        private static boolean is(WorkType wanted, WorkType type) {
            return wanted == null || wanted == type;
        }
    }

    private final List<Pair> pairs;

    SimopsPairs() {
        this(read());
    }

    /** The pairs the product ships in {@value #RESOURCE}. */
    public static SimopsPairs shipped() {
        return new SimopsPairs(read());
    }

    public SimopsPairs(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** The distance within which two permits of these types conflict, or empty when they never do. */
    public OptionalDouble distance(WorkType a, WorkType b) {
        return pairs.stream().filter(p -> p.matches(a, b)).mapToDouble(Pair::meters).max();
    }

    /** The largest distance of any row: how far to look for neighbours at all. */
    public double reach() {
        return pairs.stream().mapToDouble(Pair::meters).max().orElse(0);
    }

    static List<Pair> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Pair> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": three cells expected in '" + line + "'");
                }
                rows.add(new Pair(type(cells[0]), type(cells[1]), Double.parseDouble(cells[2].strip())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WorkType type(String cell) {
        return "*".equals(cell.strip()) ? null : WorkType.valueOf(cell.strip());
    }
}
