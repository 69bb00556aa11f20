package cn.anzuo.permit;

import java.util.UUID;

/**
 * Asked before a permit suspended by an alarm may resume (API.md "Suspension"): has that alarm been
 * acknowledged? The monitoring module, which owns alarms, provides it; without a provider no alarm
 * counts as acknowledged — the safe answer.
 */
public interface AlarmAcknowledgements {

    boolean acknowledged(UUID alarmId);
}
