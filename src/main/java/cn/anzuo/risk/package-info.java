/**
 * Risk score (智能风控, PRODUCT.md §2.8): each company's own logistic model of which permits meet an alarm at
 * their site, a violation or a failed spot check, retrained nightly from its closed permits, with a rule-based
 * prior until 200 closed permits exist (ADR 0077). It scores permits for the permit module through
 * {@link cn.anzuo.permit.PermitRiskAssessor}, and reads the weather, when a module offers it, through
 * {@link cn.anzuo.risk.SiteWeather}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Risk",
        allowedDependencies = {"permit", "monitoring", "qualification", "archive", "organization", "shared"})
package cn.anzuo.risk;
