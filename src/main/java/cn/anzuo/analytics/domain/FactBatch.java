package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;

/**
 * A rebuild's counts held in memory: what the recorder would have written row by row (two statements per
 * increment, ~100 per permit) becomes one row per company, day and counter, written by
 * {@link DailyFacts#write(FactBatch)} in batches.
 */
final class FactBatch implements FactSink {

    record DayKey(UUID companyId, LocalDate day, String key) {}

    record Member(UUID companyId, LocalDate day, UUID id) {}

    record Processed(String eventKey, UUID companyId, Instant at) {}

    final Map<String, Processed> processed = new LinkedHashMap<>();
    final Map<DayKey, Double> sums = new LinkedHashMap<>();
    final Map<DayKey, Long> approvals = new LinkedHashMap<>();
    final Set<Member> active = new LinkedHashSet<>();
    final Set<Member> trained = new LinkedHashSet<>();

    @Override
    public boolean firstDelivery(String eventKey, UUID companyId, Instant now) {
        return processed.putIfAbsent(eventKey, new Processed(eventKey, companyId, now)) == null;
    }

    @Override
    public void add(UUID companyId, LocalDate day, Counter counter, double amount) {
        sums.merge(new DayKey(companyId, day, counter.name()), amount, Double::sum);
    }

    @Override
    public void addApproval(UUID companyId, LocalDate day, double minutes) {
        approvals.merge(new DayKey(companyId, day, Integer.toString(KpiDefinitions.bucketOf(minutes))), 1L, Long::sum);
    }

    @Override
    public void active(UUID companyId, LocalDate day, UUID userId) {
        active.add(new Member(companyId, day, userId));
    }

    @Override
    public void trained(UUID companyId, LocalDate day, UUID workerId) {
        trained.add(new Member(companyId, day, workerId));
    }

    /** The sums rolled up to the first day of their month, as the monthly tables hold them. */
    static <N> Map<DayKey, N> byMonth(Map<DayKey, N> daily, BinaryOperator<N> plus) {
        Map<DayKey, N> months = new LinkedHashMap<>();
        daily.forEach((key, amount) -> months.merge(new DayKey(key.companyId(), key.day().withDayOfMonth(1), key.key()),
                amount, plus));
        return months;
    }
}
