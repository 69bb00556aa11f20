package cn.anzuo.organization;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A company administrator switched modules on or off; {@code switchedOn}/{@code switchedOff} hold only the changes. */
public record CompanyModulesChanged(UUID companyId, Set<OptionalModule> switchedOn, Set<OptionalModule> switchedOff,
        UUID byUserId, Instant at) {}
