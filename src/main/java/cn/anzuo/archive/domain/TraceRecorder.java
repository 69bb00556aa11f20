package cn.anzuo.archive.domain;

import cn.anzuo.permit.Actor;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.GasTestRecorded;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.PermitSuspended;
import cn.anzuo.permit.SuspensionCause;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the permit module's events into trace events. The listeners are synchronous ({@code @EventListener},
 * not {@code @ApplicationModuleListener}): they run in the transaction that changes the permit, so a change
 * is never committed without its trace event, nor a trace event without its change (ADR 0060).
 */
@Component
class TraceRecorder {

    private static final Map<String, String> TYPE_OF_ACT = Map.ofEntries(
            Map.entry("SUBMIT", "SUBMITTED"), Map.entry("APPROVE", "APPROVED"), Map.entry("REJECT", "REJECTED"),
            Map.entry("SHIFT_CHECK", "SHIFT_CHECK"), Map.entry("START", "STARTED"), Map.entry("SUSPEND", "SUSPENDED"),
            Map.entry("RESUME", "RESUMED"), Map.entry("COMPLETE", "COMPLETED"), Map.entry("ACCEPT", "ACCEPTED"),
            Map.entry("CANCEL", "CANCELLED"), Map.entry("VOID", "VOIDED"), Map.entry("EXPIRE", "EXPIRED"));

    private final TraceChain chain;

    TraceRecorder(TraceChain chain) {
        this.chain = chain;
    }

    /** The trace's text for who acted: the user's id, or {@code SYSTEM:<rule>}. */
    static String actor(Actor by) {
        return by.bySystem() ? "SYSTEM:" + by.system() : by.userId().toString();
    }

    @EventListener
    void on(PermitActRecorded e) {
        String type = TYPE_OF_ACT.getOrDefault(e.action(), e.action());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", e.number());
        data.put("from", e.from());
        data.put("to", e.to());
        data.put("note", e.note());
        chain.append(e.permitId(), e.companyId(), type, e.at(), actor(e.by()), data);
        if ("ACCEPT".equals(e.action()) && e.to() == PermitStatus.CLOSED) {
            chain.append(e.permitId(), e.companyId(), "CLOSED", e.at(), actor(e.by()),
                    Map.of("number", e.number(), "to", e.to()));
        }
    }

    @EventListener
    void on(PermitSuspended e) {
        if (e.cause() == SuspensionCause.ALARM) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("alarmId", e.alarmId());
            data.put("reason", e.reason());
            chain.append(e.permitId(), e.companyId(), "ALARM", e.at(), actor(e.by()), data);
        }
    }

    @EventListener
    void on(CheckedIn e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workerId", e.workerId());
        data.put("method", e.method());
        data.put("siteId", e.siteId());
        if (e.device() != null) { // left out, not null, so events without a device hash as they always did
            data.put("device", e.device());
        }
        chain.append(e.permitId(), e.companyId(), "CHECKED_IN", e.at(), userOrSystem(e.userId(), "CHECK_IN"), data);
    }

    @EventListener
    void on(GasTestRecorded e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gasTestId", e.gasTestId());
        data.put("sampledAt", e.sampledAt());
        data.put("analystId", e.analystId());
        data.put("passed", e.passed());
        chain.append(e.permitId(), e.companyId(), "GAS_TEST", e.recordedAt(), userOrSystem(e.recordedBy(), "GAS_TEST"), data);
    }

    private static String userOrSystem(UUID userId, String rule) {
        return userId == null ? "SYSTEM:" + rule : userId.toString();
    }
}
