package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.SpotChecks;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Spot checks": the auditor's monthly draw and their result per drawn permit. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Archive and audit")
class SpotCheckApiController {

    private final SpotChecks spotChecks;
    private final Organization organization;

    SpotCheckApiController(SpotChecks spotChecks, Organization organization) {
        this.spotChecks = spotChecks;
        this.organization = organization;
    }

    record DrawRequest(UUID companyId, String month) {}

    record ResultRequest(String result, String findings, List<UUID> workerIds) {}

    record SpotCheckResponse(UUID id, String month, int population, List<SpotChecks.Item> items) {
        static SpotCheckResponse of(SpotChecks.SpotCheck c) {
            return new SpotCheckResponse(c.id(), c.month(), c.population(), c.items());
        }
    }

    @PostMapping("/api/v1/spot-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draw the month's spot check (AUDITOR)",
            description = "⌈10 %⌉ of the company's permits closed that month, reproducibly drawn; again → 409 SPOT_CHECK_EXISTS")
    SpotCheckResponse draw(CurrentUser me, @RequestBody DrawRequest request) {
        UUID company = organization.companyOrOwn(me, request.companyId());
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.month()));
        } catch (DateTimeParseException e) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "month");
        }
        return SpotCheckResponse.of(spotChecks.create(company, month, organization.policy(company).zone(), me.id()));
    }

    @GetMapping("/api/v1/spot-checks/{id}")
    @Operation(summary = "A spot check with its items")
    SpotCheckResponse get(CurrentUser me, @PathVariable UUID id) {
        return SpotCheckResponse.of(visible(me, id));
    }

    @PostMapping("/api/v1/spot-checks/{id}/items/{permitId}")
    @Operation(summary = "Record the result for a drawn permit (AUDITOR)",
            description = "{\"result\":\"PASS\"|\"FAIL\",\"findings\",\"workerIds\":[…]}; a FAIL records a violation per worker")
    SpotCheckResponse decide(CurrentUser me, @PathVariable UUID id, @PathVariable UUID permitId,
            @RequestBody ResultRequest request) {
        visible(me, id);
        return SpotCheckResponse.of(spotChecks.decide(id, permitId, request.result(), request.findings(),
                request.workerIds(), me.id()));
    }

    private SpotChecks.SpotCheck visible(CurrentUser me, UUID id) {
        SpotChecks.SpotCheck check = spotChecks.find(id);
        if (!organization.canSee(me, check.companyId())) {
            throw new RecordNotFound("spot-check", id);
        }
        return check;
    }
}
