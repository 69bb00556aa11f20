package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A company's optional modules (API.md "Risk rules and modules", ADR 0071). */
@RestController
@PreAuthorize("hasRole('COMPANY_ADMIN')")
@Tag(name = "Organisation")
class ModuleApiController {

    private final CompanyModules modules;
    private final Organization organization;

    ModuleApiController(CompanyModules modules, Organization organization) {
        this.modules = modules;
        this.organization = organization;
    }

    /** A module left out (null) keeps its state. */
    record ModulesRequest(Boolean monitoring, Boolean identity, Boolean archive, Boolean analytics, Boolean hazards,
            Boolean riskRules) {

        Map<OptionalModule, Boolean> changes() {
            Map<OptionalModule, Boolean> changes = new EnumMap<>(OptionalModule.class);
            put(changes, OptionalModule.MONITORING, monitoring);
            put(changes, OptionalModule.IDENTITY, identity);
            put(changes, OptionalModule.ARCHIVE, archive);
            put(changes, OptionalModule.ANALYTICS, analytics);
            put(changes, OptionalModule.HAZARDS, hazards);
            put(changes, OptionalModule.RISK_RULES, riskRules);
            return changes;
        }

        private static void put(Map<OptionalModule, Boolean> changes, OptionalModule module, Boolean enabled) {
            if (enabled != null) {
                changes.put(module, enabled);
            }
        }
    }

    @GetMapping("/api/v1/companies/{id}/modules")
    @Operation(summary = "The company's optional modules (COMPANY_ADMIN)",
            description = "{\"monitoring\":true,\"identity\":true,\"archive\":true,\"analytics\":true,\"hazards\":true,"
                    + "\"riskRules\":true}; qualifications, permits and the QR check-in are always on; another company's → 404")
    Map<String, Boolean> get(CurrentUser me, @PathVariable UUID id) {
        organization.requireVisible(me, id);
        return json(modules.settings(id));
    }

    @PutMapping("/api/v1/companies/{id}/modules")
    @Operation(summary = "Switch optional modules on or off (COMPANY_ADMIN)",
            description = "Modules left out keep their state. A switched-off module's pages leave the navigation and its "
                    + "endpoints answer 403 MODULE_DISABLED; its data stays, switching on restores it; another company's → 404")
    Map<String, Boolean> change(CurrentUser me, @PathVariable UUID id, @RequestBody ModulesRequest request) {
        organization.requireVisible(me, id);
        return json(modules.change(me, id, request.changes()));
    }

    static Map<String, Boolean> json(Map<OptionalModule, Boolean> settings) {
        Map<String, Boolean> json = new LinkedHashMap<>();
        settings.forEach((module, enabled) -> json.put(module.key(), enabled));
        return json;
    }
}
