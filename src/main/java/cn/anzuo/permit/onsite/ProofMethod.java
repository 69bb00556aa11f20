package cn.anzuo.permit.onsite;

/** How a person proves being at the checkpoint. */
public enum ProofMethod {
    /** An NTAG 424 DNA SUN message (defined with the NFC issue). */
    NFC,
    /** The rotating TOTP code shown on the site's kiosk screen. */
    QR,
    /** A face-recognition terminal's event (defined with the identity issue). */
    FACE,
    /** A platform passkey (defined with the identity issue). */
    PASSKEY
}
