/**
 * Analytics (效果验证): the KPIs of PRODUCT.md §2.7 per company and day, kept as daily facts that the other
 * modules' events update and that can be rebuilt from their history (ADR 0065). Other modules and pages use
 * the {@link cn.anzuo.analytics.Kpis} facade and its {@link cn.anzuo.analytics.KpiFigures}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Analytics",
        allowedDependencies = {"organization", "permit", "monitoring", "hazard", "qualification", "shared"})
package cn.anzuo.analytics;
