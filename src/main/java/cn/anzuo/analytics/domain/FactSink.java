package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where the recorder's counts go: straight into the database as each event arrives ({@link DailyFacts}, the
 * listeners), or into a {@link FactBatch} that the rebuild writes in a few batched statements at the end.
 */
interface FactSink {

    /** True the first time the key is seen: the caller counts the event; false for a redelivery. */
    boolean firstDelivery(String eventKey, UUID companyId, Instant now);

    void add(UUID companyId, LocalDate day, Counter counter, double amount);

    void addApproval(UUID companyId, LocalDate day, double minutes);

    void active(UUID companyId, LocalDate day, UUID userId);

    void trained(UUID companyId, LocalDate day, UUID workerId);
}
