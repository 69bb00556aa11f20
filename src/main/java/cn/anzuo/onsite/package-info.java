/**
 * On site (现场核验): checkpoints (rotating QR codes, later NFC), check-ins with proof and GPS
 * geofence, gas analyses judged by GB 30871 and GBZ 2.1, and confined-space headcounts. It keeps the
 * evidence; the permit module decides what the evidence allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "On site", allowedDependencies = {"organization", "shared"})
package cn.anzuo.onsite;
