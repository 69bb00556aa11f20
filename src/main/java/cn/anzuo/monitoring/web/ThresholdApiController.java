package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.domain.ThresholdSettings;
import cn.anzuo.monitoring.domain.Thresholds;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A company's alarm thresholds; GB/T 50493-2019 until the admin changes them. */
@RestController
@RequestMapping("/api/v1/companies/{companyId}/alarm-thresholds")
@Tag(name = "Alarms")
class ThresholdApiController {

    private final ThresholdSettings settings;
    private final Organization organization;

    ThresholdApiController(ThresholdSettings settings, Organization organization) {
        this.settings = settings;
        this.organization = organization;
    }

    record TwoLevels(@NotNull Double level1, @NotNull Double level2) {}

    record OxygenBand(@NotNull Double low, @NotNull Double high) {}

    record ThresholdBody(@JsonProperty("LEL") @Valid @NotNull TwoLevels lel,
            @JsonProperty("H2S") @Valid @NotNull TwoLevels h2s,
            @JsonProperty("CO") @Valid @NotNull TwoLevels co,
            @JsonProperty("O2") @Valid @NotNull OxygenBand o2) {

        static ThresholdBody of(Thresholds t) {
            return new ThresholdBody(new TwoLevels(t.lelLevel1(), t.lelLevel2()), new TwoLevels(t.h2sLevel1(), t.h2sLevel2()),
                    new TwoLevels(t.coLevel1(), t.coLevel2()), new OxygenBand(t.o2Low(), t.o2High()));
        }

        Thresholds toThresholds() {
            return new Thresholds(lel.level1(), lel.level2(), h2s.level1(), h2s.level2(), co.level1(), co.level2(),
                    o2.low(), o2.high());
        }
    }

    @GetMapping
    @Operation(summary = "The company's alarm thresholds (defaults GB/T 50493-2019)")
    ThresholdBody get(CurrentUser me, @PathVariable UUID companyId) {
        organization.requireVisible(me, companyId);
        return ThresholdBody.of(settings.of(companyId));
    }

    @PutMapping
    @Operation(summary = "Change the thresholds (COMPANY_ADMIN)",
            description = "422 INVALID_THRESHOLDS (level1 ≥ level2, low ≥ high, negative)")
    ThresholdBody put(CurrentUser me, @PathVariable UUID companyId, @Valid @RequestBody ThresholdBody body) {
        organization.requireVisible(me, companyId);
        if (!me.hasAny(Role.COMPANY_ADMIN, Role.GROUP_ADMIN)) {
            throw new NotAllowed();
        }
        return ThresholdBody.of(settings.change(companyId, body.toThresholds(), me.id()));
    }
}
