package cn.anzuo.monitoring;

/** What a device is: it decides what it may report (readings, camera events, face check-ins). */
public enum DeviceKind {
    GAS_DETECTOR,
    CAMERA,
    FACE_TERMINAL
}
