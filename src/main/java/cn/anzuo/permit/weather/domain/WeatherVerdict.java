package cn.anzuo.permit.weather.domain;

import java.util.List;

/** What the weather says about a piece of work: the rules that refuse it, and warnings that do not. */
public record WeatherVerdict(List<WeatherReason> refusals, List<WeatherReason> warnings) {

    public static final WeatherVerdict CLEAR = new WeatherVerdict(List.of(), List.of());

    public WeatherVerdict {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public boolean blocked() {
        return !refusals.isEmpty();
    }

    /** The warning codes a permit shows (e.g. {@code HEAT_WARNING}). */
    public List<String> warningCodes() {
        return warnings.stream().map(w -> w.rule().name()).toList();
    }
}
