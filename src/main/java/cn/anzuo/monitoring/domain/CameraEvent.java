package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmLevel;

/** What a camera reports (API.md): smoke stops all work at the site, the others warn and stop high-risk work. */
public enum CameraEvent {
    INTRUSION(AlarmLevel.LEVEL_1),
    NO_HELMET(AlarmLevel.LEVEL_1),
    SMOKE(AlarmLevel.LEVEL_2);

    private final AlarmLevel level;

    CameraEvent(AlarmLevel level) {
        this.level = level;
    }

    public AlarmLevel level() {
        return level;
    }
}
