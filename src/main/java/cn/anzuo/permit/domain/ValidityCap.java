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

    /**
     * No permit's window is longer than this, whatever the type, level or policy (the policy's own cap is at most
     * {@link CompanyPolicy#MAX_PERMIT_VALIDITY_HOURS}) and a window never changes once submitted: so a permit
     * overlapping [from, to) starts after {@code from - LONGEST}, which bounds every index range on planned_start.
     */
    public static final Duration LONGEST = Duration.ofHours(Math.max(15 * 24, CompanyPolicy.MAX_PERMIT_VALIDITY_HOURS));

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
