package cn.anzuo.organization;

import cn.anzuo.shared.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional modules a company has switched on (ADR 0071). Every page, API call and job of an
 * optional module asks {@link #enabled} — the web gate for requests, the jobs for each company, the
 * risk rules before refusing a permit. Switching off deletes nothing; switching on restores it all.
 *
 * <p>Asked on every request, so answers are cached per node for {@link #CACHE_NANOS}; a change on this
 * node is seen at once, on another node within that time.
 */
@Service
public class CompanyModules {

    static final long CACHE_NANOS = 10_000_000_000L;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Set<OptionalModule> off, long readAt) {}

    CompanyModules(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** True unless the company switched the module off (an unknown company has every module on). */
    public boolean enabled(UUID companyId, OptionalModule module) {
        return companyId == null || !switchedOff(companyId).contains(module);
    }

    /** The companies among {@code companyIds} with the module on, for jobs that run per company. */
    public List<UUID> enabledAmong(Collection<UUID> companyIds, OptionalModule module) {
        return companyIds.stream().filter(id -> enabled(id, module)).toList();
    }

    /** Every optional module with its state, in declaration order. */
    public Map<OptionalModule, Boolean> settings(UUID companyId) {
        Set<OptionalModule> off = switchedOff(companyId);
        Map<OptionalModule, Boolean> settings = new EnumMap<>(OptionalModule.class);
        for (OptionalModule module : OptionalModule.values()) {
            settings.put(module, !off.contains(module));
        }
        return settings;
    }

    /**
     * Switches the modules named in {@code changes} (others stay as they are); the caller has checked that
     * {@code by} may administer the company. Publishes {@link CompanyModulesChanged} when anything changed.
     */
    @Transactional
    public Map<OptionalModule, Boolean> change(CurrentUser by, UUID companyId, Map<OptionalModule, Boolean> changes) {
        Set<OptionalModule> before = read(companyId);
        Set<OptionalModule> on = EnumSet.noneOf(OptionalModule.class);
        Set<OptionalModule> off = EnumSet.noneOf(OptionalModule.class);
        changes.forEach((module, enabled) -> {
            if (enabled && before.contains(module)) {
                jdbc.sql("delete from company_module_off where company_id = ? and module = ?")
                        .params(companyId, module.name()).update();
                on.add(module);
            } else if (!enabled && !before.contains(module)) {
                jdbc.sql("insert into company_module_off (company_id, module, switched_at, switched_by) values (?, ?, ?, ?)")
                        .params(companyId, module.name(), Timestamp.from(clock.instant()), by.id()).update();
                off.add(module);
            }
        });
        cache.remove(companyId);
        if (!on.isEmpty() || !off.isEmpty()) {
            events.publishEvent(new CompanyModulesChanged(companyId, on, off, by.id(), clock.instant()));
        }
        return settings(companyId);
    }

    private Set<OptionalModule> switchedOff(UUID companyId) {
        long now = System.nanoTime();
        Cached cached = cache.get(companyId);
        if (cached == null || now - cached.readAt() > CACHE_NANOS) {
            cached = new Cached(read(companyId), now);
            cache.put(companyId, cached);
        }
        return cached.off();
    }

    private Set<OptionalModule> read(UUID companyId) {
        Set<OptionalModule> off = EnumSet.noneOf(OptionalModule.class);
        jdbc.sql("select module from company_module_off where company_id = ?").param(companyId)
                .query(String.class).list()
                .forEach(name -> {
                    try {
                        off.add(OptionalModule.valueOf(name));
                    } catch (IllegalArgumentException retired) {
                        // a module name a later version no longer has: nothing to switch off
                    }
                });
        return off;
    }
}
