package cn.anzuo.permit;

import java.util.List;

/**
 * A permit's risk: the probability (0–1) that it meets an alarm, a violation or a failed spot check, and the
 * factors that raised it most, largest contribution first.
 */
public record PermitRisk(double score, List<Factor> factors) {

    public PermitRisk {
        factors = List.copyOf(factors);
    }

    /** One factor: its name (e.g. {@code night}, {@code type.HOT_WORK}) and its contribution to the log-odds. */
    public record Factor(String name, double weight) {}
}
