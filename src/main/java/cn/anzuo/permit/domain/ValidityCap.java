package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.WorkType;
import java.time.Duration;

/**
 * The longest window a permit may have: hot work 特级/一级 8 h and 二级 72 h (5.1.5), confined space
 * 24 h (6.10), height 7 days (8.2.11), temporary power 15 days (10.8); the types the standard leaves
 * open follow the company's policy (default 24 h).
 */
public final class ValidityCap {

    private ValidityCap() {}

    public static Duration of(WorkType type, PermitLevel level, CompanyPolicy policy) {
        return switch (type) {
            case HOT_WORK -> level == PermitLevel.LEVEL_2 ? Duration.ofHours(72) : Duration.ofHours(8);
            case CONFINED_SPACE -> Duration.ofHours(24);
            case HEIGHT -> Duration.ofDays(7);
            case TEMP_POWER -> Duration.ofDays(15);
            default -> Duration.ofHours(policy.permitValidityHours());
        };
    }
}
