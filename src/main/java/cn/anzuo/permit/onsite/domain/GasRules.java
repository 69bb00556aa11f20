package cn.anzuo.permit.onsite.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.permit.onsite.GasFailure;
import cn.anzuo.permit.onsite.GasReading;
import cn.anzuo.permit.onsite.GasUnit;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pass criteria of GB 30871-2022 (DOMAIN.md §1.5): combustibles ≤ 0.5 %VOL when the gas's LEL ≥ 4 %,
 * ≤ 0.2 %VOL when it is lower (5.3.2); oxygen 19.5–21 %VOL in confined spaces (6.3), ≤ 23.5 % in
 * oxygen-enriched service (5.2.7); toxics at most their GBZ 2.1 limit (MAC where defined, else
 * PC-TWA — the stricter reading of a spot sample). Readings are converted to the rule's unit.
 */
public final class GasRules {

    static final double LEL_THRESHOLD = 4.0;
    static final double HIGH_LEL_LIMIT = 0.5;
    static final double LOW_LEL_LIMIT = 0.2;
    static final double O2_MIN = 19.5;
    static final double O2_MAX = 21.0;
    static final double O2_ENRICHED_MAX = 23.5;

    private GasRules() {}

    /**
     * The readings each type's analysis must contain (DOMAIN.md §1.5): a combustible gas for hot work and
     * temporary power; oxygen and a combustible gas for a confined space (6.3).
     */
    public static Set<Gas.Kind> requiredKinds(WorkType type) {
        return switch (type) {
            case HOT_WORK, TEMP_POWER -> EnumSet.of(Gas.Kind.COMBUSTIBLE);
            case CONFINED_SPACE -> EnumSet.of(Gas.Kind.OXYGEN, Gas.Kind.COMBUSTIBLE);
            default -> EnumSet.noneOf(Gas.Kind.class);
        };
    }

    /**
     * Judges an analysis. Refused before judging: an unknown gas, a unit the gas cannot have, a value that
     * cannot be measured (negative, not finite, over 100 % or a million ppm), and an analysis missing a
     * reading its type requires — an analysis without O₂ cannot pass for a confined space.
     */
    public static List<GasFailure> evaluate(List<GasReading> readings, WorkType type, boolean oxygenEnriched,
            Map<String, Gas> gases) {
        List<GasFailure> failures = new ArrayList<>();
        Set<Gas.Kind> present = EnumSet.noneOf(Gas.Kind.class);
        for (GasReading reading : readings) {
            Gas gas = gases.get(reading.gas().trim().toUpperCase(Locale.ROOT));
            if (gas == null) {
                throw new BusinessProblem(ProblemKind.RULE, "UNKNOWN_GAS", "readings", reading.gas());
            }
            requirePossible(reading, gas);
            present.add(gas.kind());
        }
        Set<Gas.Kind> missing = EnumSet.noneOf(Gas.Kind.class);
        missing.addAll(requiredKinds(type));
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(Enum::name).toList();
            throw new BusinessProblem(ProblemKind.RULE, "READINGS_MISSING", "readings",
                    String.join(", ", names)).with("missing", names);
        }
        for (GasReading reading : readings) {
            Gas gas = gases.get(reading.gas().trim().toUpperCase(Locale.ROOT));
            switch (gas.kind()) {
                case COMBUSTIBLE -> {
                    double pctVol = toPctVol(reading, gas);
                    boolean highLel = gas.lelPctVol().doubleValue() >= LEL_THRESHOLD;
                    double limit = highLel ? HIGH_LEL_LIMIT : LOW_LEL_LIMIT;
                    if (pctVol > limit) {
                        failures.add(new GasFailure(gas.code(), round(pctVol), limit, "PCT_VOL",
                                highLel ? "GB30871-5.3.2: LEL≥4% → ≤0.5%VOL" : "GB30871-5.3.2: LEL<4% → ≤0.2%VOL"));
                    }
                }
                case OXYGEN -> {
                    double pctVol = toPctVol(reading, gas);
                    if (oxygenEnriched && pctVol > O2_ENRICHED_MAX) {
                        failures.add(new GasFailure(gas.code(), round(pctVol), O2_ENRICHED_MAX, "PCT_VOL",
                                "GB30871-5.2.7/6.3: O2 ≤23.5%VOL (enriched)"));
                    } else if (type == WorkType.CONFINED_SPACE && !oxygenEnriched) {
                        if (pctVol < O2_MIN) {
                            failures.add(new GasFailure(gas.code(), round(pctVol), O2_MIN, "PCT_VOL",
                                    "GB30871-6.3: O2 ≥19.5%VOL"));
                        } else if (pctVol > O2_MAX) {
                            failures.add(new GasFailure(gas.code(), round(pctVol), O2_MAX, "PCT_VOL",
                                    "GB30871-6.3: O2 ≤21%VOL"));
                        }
                    }
                }
                case TOXIC -> {
                    double mgM3 = toMgM3(reading, gas);
                    boolean mac = gas.macMgM3() != null;
                    double limit = (mac ? gas.macMgM3() : gas.twaMgM3()).doubleValue();
                    if (mgM3 > limit) {
                        failures.add(new GasFailure(gas.code(), round(mgM3), limit, "MG_M3",
                                mac ? "GBZ2.1: MAC" : "GBZ2.1: PC-TWA"));
                    }
                }
            }
        }
        return failures;
    }

    private static void requirePossible(GasReading reading, Gas gas) {
        if (reading.unit() == GasUnit.PCT_LEL && gas.lelPctVol() == null) {
            throw invalidUnit(gas, reading.unit());
        }
        double v = reading.value();
        boolean possible = Double.isFinite(v) && v >= 0 && switch (reading.unit()) {
            case PCT_VOL, PCT_LEL -> v <= 100;
            case PPM -> v <= 1_000_000;
            case MG_M3 -> v * Gas.MOLAR_VOLUME / gas.molarMass().doubleValue() <= 1_000_000;
        };
        if (!possible) {
            throw new BusinessProblem(ProblemKind.RULE, "INVALID_READING", "readings", gas.code(), v,
                    reading.unit().name());
        }
    }

    /** %VOL from any unit; %LEL only for combustibles. */
    public static double toPctVol(GasReading reading, Gas gas) {
        return switch (reading.unit()) {
            case PCT_VOL -> reading.value();
            case PCT_LEL -> {
                if (gas.lelPctVol() == null) {
                    throw invalidUnit(gas, reading.unit());
                }
                yield reading.value() * gas.lelPctVol().doubleValue() / 100.0;
            }
            case PPM -> reading.value() / 10_000.0;
            case MG_M3 -> reading.value() * Gas.MOLAR_VOLUME / gas.molarMass().doubleValue() / 10_000.0;
        };
    }

    /** mg/m³ from ppm or %VOL (25 °C, 101.325 kPa). */
    public static double toMgM3(GasReading reading, Gas gas) {
        double ppm = switch (reading.unit()) {
            case MG_M3 -> reading.value() * Gas.MOLAR_VOLUME / gas.molarMass().doubleValue();
            case PPM -> reading.value();
            case PCT_VOL -> reading.value() * 10_000.0;
            case PCT_LEL -> throw invalidUnit(gas, reading.unit());
        };
        return ppm * gas.molarMass().doubleValue() / Gas.MOLAR_VOLUME;
    }

    private static BusinessProblem invalidUnit(Gas gas, GasUnit unit) {
        return new BusinessProblem(ProblemKind.RULE, "INVALID_UNIT", "readings", gas.code(), unit.name());
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
