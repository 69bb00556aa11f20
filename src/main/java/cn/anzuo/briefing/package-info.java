/**
 * Morning briefing (晨会通报): yesterday's figures of a company — permits by status and type, alarms,
 * violations, certificates about to expire, hazard reports — as a table and a short text, on a printable
 * page, by API, and pushed once each morning at 07:30 company time to the inbox and the group channels
 * (ADR 0066). It only reads other modules' facades; it owns the record of briefings sent.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Briefing",
        allowedDependencies = {"organization", "permit", "monitoring", "qualification", "hazard", "notification",
                "shared"})
package cn.anzuo.briefing;
