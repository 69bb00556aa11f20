package cn.anzuo.permit.onsite;

/** Units of a gas reading. */
public enum GasUnit {
    /** Percent by volume (%VOL). */
    PCT_VOL,
    /** Percent of the lower explosive limit (%LEL), as combustible-gas detectors show. */
    PCT_LEL,
    /** Parts per million by volume. */
    PPM,
    /** Milligrams per cubic metre (25 °C, 101.325 kPa). */
    MG_M3
}
