package cn.anzuo.organization;

/**
 * What must accompany a location proof (QR or NFC) at check-in (API.md "On-site identity"): nothing, a
 * fresh assertion of the caller's own passkey, or a face-terminal event within 10 minutes.
 */
public enum CheckInIdentity {
    NONE,
    PASSKEY,
    FACE
}
