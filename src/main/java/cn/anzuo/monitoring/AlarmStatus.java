package cn.anzuo.monitoring;

/** OPEN until someone acknowledges it; RESOLVED when a safety officer closes it with a note. */
public enum AlarmStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
