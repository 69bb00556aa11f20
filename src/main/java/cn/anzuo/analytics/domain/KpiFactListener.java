package cn.anzuo.analytics.domain;

import cn.anzuo.hazard.HazardClosed;
import cn.anzuo.hazard.HazardReported;
import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.qualification.TrainingRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events the KPIs are counted from, each in its own transaction after the publisher's commit, through the
 * event publication registry (a crash before the increment commits means a redelivery on restart; the
 * recorder's event keys make that redelivery count once).
 */
@Component
class KpiFactListener {

    private final FactRecorder recorder;

    KpiFactListener(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(PermitApproved e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(PermitStarted e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(PermitClosed e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(PermitActRecorded e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(CheckedIn e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(AlarmAcknowledged e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(HazardReported e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(HazardClosed e) {
        recorder.on(e);
    }

    @ApplicationModuleListener
    void on(TrainingRecorded e) {
        recorder.on(e);
    }
}
