package cn.anzuo.organization.web;

import static cn.anzuo.organization.OptionalModule.ANALYTICS;
import static cn.anzuo.organization.OptionalModule.ARCHIVE;
import static cn.anzuo.organization.OptionalModule.HAZARDS;
import static cn.anzuo.organization.OptionalModule.IDENTITY;
import static cn.anzuo.organization.OptionalModule.MONITORING;
import static cn.anzuo.organization.OptionalModule.RISK_RULES;

import cn.anzuo.organization.OptionalModule;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which URLs belong to which optional module: the one table the module gate, the home tiles and the
 * tests read (ADR 0071). The first matching pattern wins, so a narrower pattern goes before a wider one.
 * A new endpoint of an optional module needs a line here; {@code ModuleRoutesCoverageTest} fails until it has one.
 * Patterns of features not built yet (weather, risk) are listed ahead so they are switched from day one.
 */
final class ModuleRoutes {

    record Route(PathPattern pattern, OptionalModule module) {}

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    static final List<Route> ROUTES = List.of(
            // identity (ADR 0052, 0075): face terminals, passkeys, NFC tag taps — the QR check-in itself stays on
            route("/api/v1/devices/face-events", IDENTITY),
            route("/api/v1/me/passkey-challenge", IDENTITY),
            route("/api/v1/me/passkeys/**", IDENTITY),
            route("/me/passkey-challenge", IDENTITY),
            route("/me/passkeys/**", IDENTITY),
            route("/t/**", IDENTITY),
            // monitoring
            route("/api/v1/telemetry/**", MONITORING),
            route("/api/v1/devices/**", MONITORING),
            route("/api/v1/alarms/**", MONITORING),
            route("/api/v1/companies/*/alarm-thresholds/**", MONITORING),
            route("/alarms/**", MONITORING),
            route("/admin/devices/**", MONITORING),
            route("/admin/thresholds/**", MONITORING),
            // archive
            route("/api/v1/permits/*/trace/**", ARCHIVE),
            route("/api/v1/permits/*/qr.png", ARCHIVE),
            route("/api/v1/permits/*/pdf", ARCHIVE),
            route("/api/v1/permits/*/photos/**", ARCHIVE),
            route("/api/v1/photos/**", ARCHIVE),
            route("/api/v1/audit/**", ARCHIVE),
            route("/api/v1/spot-checks/**", ARCHIVE),
            route("/api/v1/companies/*/retention/**", ARCHIVE),
            route("/p/**", ARCHIVE),
            route("/photos/**", ARCHIVE),
            route("/audit/**", ARCHIVE),
            route("/admin/retention/**", ARCHIVE),
            // analytics, briefings included
            route("/api/v1/kpis/**", ANALYTICS),
            route("/api/v1/kpis.xlsx", ANALYTICS),
            route("/api/v1/kpis.pdf", ANALYTICS),
            route("/api/v1/compliance-stars/**", ANALYTICS),
            route("/api/v1/compliance-stars.xlsx", ANALYTICS),
            route("/api/v1/compliance-stars.pdf", ANALYTICS),
            route("/api/v1/briefings/**", ANALYTICS),
            route("/dashboard/**", ANALYTICS),
            route("/briefings/**", ANALYTICS),
            // hazards
            route("/api/v1/hazards/**", HAZARDS),
            route("/hazards/**", HAZARDS),
            // risk rules: weather, fatigue, SIMOPS, risk score
            route("/api/v1/sites/*/weather/**", RISK_RULES),
            route("/api/v1/weather/**", RISK_RULES),
            route("/api/v1/risk/**", RISK_RULES),
            route("/weather/**", RISK_RULES),
            route("/admin/weather/**", RISK_RULES),
            route("/risk/**", RISK_RULES));

    private ModuleRoutes() {}

    /** The module a path (without the context path) belongs to, or empty for an always-on part. */
    static Optional<OptionalModule> moduleOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return ROUTES.stream().filter(r -> r.pattern().matches(container)).map(Route::module).findFirst();
    }

    private static Route route(String pattern, OptionalModule module) {
        return new Route(PARSER.parse(pattern), module);
    }
}
