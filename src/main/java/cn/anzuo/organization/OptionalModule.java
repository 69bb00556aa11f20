package cn.anzuo.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * A part of Anzuo a company may switch off (PRODUCT.md §2.8: "先上线申请审批，再加人脸核验"). Qualifications, permits
 * and the basic on-site check-in (QR + geofence) are not listed: they are always on.
 */
public enum OptionalModule {
    /** 在线监测: devices, telemetry, camera events, alarms and their thresholds. */
    MONITORING("monitoring"),
    /** 身份核验: face terminals, passkeys and NFC tags as check-in proofs; without it check-in is QR + geofence only. */
    IDENTITY("identity"),
    /** 档案与稽核: the trace chain, site photos, permit PDFs, flagged permits, spot checks, retention. */
    ARCHIVE("archive"),
    /** 统计分析: the KPI dashboard and exports, and the morning briefings. */
    ANALYTICS("analytics"),
    /** 隐患排查: hazard reports and their reminders. */
    HAZARDS("hazards"),
    /** 智能风控: weather, fatigue, SIMOPS and the risk score. */
    RISK_RULES("riskRules");

    private final String key;

    OptionalModule(String key) {
        this.key = key;
    }

    /** The name in the API's JSON and in message keys ({@code modules.name.<key>}). */
    public String key() {
        return key;
    }

    public static Optional<OptionalModule> ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
