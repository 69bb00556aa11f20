package cn.anzuo.permit.onsite.domain;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A gas of the gas table: LEL for combustibles, molar mass for conversions, GBZ 2.1 limits for toxics. */
@Table("gas")
public record Gas(@Id String code, String nameZh, Kind kind, BigDecimal lelPctVol, BigDecimal molarMass,
        BigDecimal macMgM3, BigDecimal twaMgM3, BigDecimal stelMgM3) {

    public enum Kind { COMBUSTIBLE, OXYGEN, TOXIC }

    /** Litres per mole of an ideal gas at 25 °C and 101.325 kPa, the basis of ppm ↔ mg/m³. */
    public static final double MOLAR_VOLUME = 24.45;
}
