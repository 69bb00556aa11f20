package cn.anzuo.hazard;

/** 已上报 → 已指派 → 已整改 → 已关闭 (a rejected fix goes back to 已指派). */
public enum HazardStatus {
    REPORTED,
    ASSIGNED,
    FIXED,
    CLOSED
}
