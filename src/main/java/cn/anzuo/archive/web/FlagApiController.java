package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.TraceFlag;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's flagged permits (issue 12 item 7). A dedicated audit endpoint beside {@code /audit/verify}
 * rather than a {@code flag} filter on {@code GET /permits}: the flags are the archive's reading of the trace,
 * which the permit module's list cannot filter on without depending on the archive.
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Archive and audit")
class FlagApiController {

    private final FlaggedPermits flagged;
    private final Organization organization;

    FlagApiController(FlaggedPermits flagged, Organization organization) {
        this.flagged = flagged;
        this.organization = organization;
    }

    @GetMapping("/api/v1/audit/flagged")
    @Operation(summary = "Flagged permits of a company, newest first (AUDITOR)",
            description = "{\"items\":[{\"permitId\",\"number\",\"type\",\"status\",\"since\",\"flags\":[…]}],\"page\",\"size\",\"total\"}; "
                    + "companyId defaults to the caller's company, another company's → 404 NOT_FOUND; an unknown flag → 400 "
                    + "MALFORMED_REQUEST")
    PageResult<FlaggedPermits.FlaggedPermit> flagged(CurrentUser me,
            @Parameter(description = "the company; default the caller's own") @RequestParam(required = false) UUID companyId,
            @Parameter(description = "only permits carrying this flag: APPROVED_IN_SECONDS, GAS_TEST_BACKFILLED, "
                    + "SAME_DEVICE_CHECK_INS or LATE_CHECK_IN") @RequestParam(required = false) TraceFlag flag,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(me, companyId);
        return PageResult.of(flagged.of(company, flag), PageRequestParams.of(page, size));
    }
}
