package cn.anzuo.permit;

/** Objective hazard factors of height work (GB/T 3608, DOMAIN.md §1.4.4): any one → method B. */
public enum HazardFactor {
    /** a) gusts ≥ 5 级 (8.0 m/s). */
    WIND_GUST,
    /** b) average temperature ≤ 5 °C. */
    LOW_TEMPERATURE,
    /** c) contact with water ≤ 12 °C. */
    COLD_WATER,
    /** d) ice, snow, frost, oil or water on the surface. */
    SLIPPERY_SURFACE,
    /** e) poor light or visibility. */
    POOR_VISIBILITY,
    /** f) closer to live conductors than Table 1 allows. */
    NEAR_LIVE_CONDUCTOR,
    /** g) swinging footing or a footing with any side under 500 mm. */
    UNSTABLE_FOOTING,
    /** h) toxic gas or O₂ below 19.5 %. */
    TOXIC_OR_LOW_OXYGEN,
    /** i) disaster or rescue conditions. */
    RESCUE
}
