package cn.anzuo.monitoring.domain;

/** What a gas detector reports (API.md): LEL in %LEL, O₂ in %VOL, the toxics in mg/m³. */
public enum Metric {
    LEL,
    O2,
    H2S,
    CO;

    public static java.util.Optional<Metric> of(String name) {
        for (Metric m : values()) {
            if (m.name().equals(name)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
