/**
 * Archive and audit (作业记录自动归档): the tamper-evident trace of every permit (a SHA-256 hash chain over
 * RFC 8785 canonical JSON, written in the transaction of the change it records), its verification per
 * permit and per company, and the permit's QR code and trace page. It listens to the permit module's
 * public events only (ADR 0060).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Archive",
        allowedDependencies = {"permit", "qualification", "organization", "shared"})
package cn.anzuo.archive;
