package cn.anzuo.analytics.domain;

import cn.anzuo.hazard.HazardClosed;
import cn.anzuo.hazard.HazardHistory;
import cn.anzuo.hazard.HazardReported;
import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitHistory;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.qualification.TrainingHistory;
import cn.anzuo.qualification.TrainingRecorded;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a company's facts from history: forgets them, then feeds the recorder the events the other modules
 * published, as their own history reconstructs them (permit acts, acknowledgements, hazards, trainings).
 * The result equals what the listeners would have counted, so a wrong or missing fact is repaired by running it.
 */
@Component
public class KpiRebuild {

    private final DailyFacts facts;
    private final FactRecorder recorder;
    private final PermitHistory permits;
    private final AlarmHistory alarms;
    private final HazardHistory hazards;
    private final TrainingHistory trainings;

    KpiRebuild(DailyFacts facts, FactRecorder recorder, PermitHistory permits, AlarmHistory alarms,
            HazardHistory hazards, TrainingHistory trainings) {
        this.facts = facts;
        this.recorder = recorder;
        this.permits = permits;
        this.alarms = alarms;
        this.hazards = hazards;
        this.trainings = trainings;
    }

    /**
     * Runs in the caller's transaction; answers how many events were fed. The counts are gathered in memory and
     * written in batches at the end (a company's history is thousands of permits, each a few dozen increments).
     */
    public int rebuild(UUID companyId) {
        facts.clear(companyId);
        FactBatch batch = new FactBatch();
        FactRecorder recorder = this.recorder.into(batch);
        int events = feed(companyId, recorder);
        facts.write(batch);
        return events;
    }

    private int feed(UUID companyId, FactRecorder recorder) {
        int events = 0;
        Map<UUID, Instant> submitted = new HashMap<>();
        for (PermitActRecorded act : permits.acts(companyId)) {
            recorder.on(act);
            events++;
            switch (act.action()) {
                case "SUBMIT" -> submitted.put(act.permitId(), act.at());
                case "APPROVE" -> {
                    if (act.to() == PermitStatus.APPROVED && submitted.containsKey(act.permitId())) {
                        recorder.on(new PermitApproved(act.permitId(), companyId, act.number(), null,
                                submitted.get(act.permitId()), act.at()));
                        events++;
                    }
                }
                case "START" -> {
                    recorder.on(new PermitStarted(act.permitId(), companyId, null, act.number(), act.at(), act.by(), act.note()));
                    events++;
                }
                case "ACCEPT" -> {
                    if (act.to() == PermitStatus.CLOSED) {
                        recorder.on(new PermitClosed(act.permitId(), companyId, null, act.number(), act.at(), act.by(), act.note()));
                        events++;
                    }
                }
                default -> { }
            }
        }
        for (AlarmAcknowledged ack : alarms.acknowledgements(companyId)) {
            recorder.on(ack);
            events++;
        }
        for (Record event : hazards.events(companyId)) {
            if (event instanceof HazardReported reported) {
                recorder.on(reported);
            } else if (event instanceof HazardClosed closed) {
                recorder.on(closed);
            }
            events++;
        }
        for (TrainingRecorded training : trainings.recorded(companyId)) {
            recorder.on(training);
            events++;
        }
        return events;
    }
}
