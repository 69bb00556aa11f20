package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitApplications;
import cn.anzuo.permit.domain.PermitIntake;
import cn.anzuo.permit.domain.PermitApplications.ApplyForPermit;
import cn.anzuo.permit.domain.PermitApprovals;
import cn.anzuo.permit.domain.PermitApprovals.DecideApproval;
import cn.anzuo.permit.domain.GeoPoint;
import cn.anzuo.permit.domain.InboxCursor;
import cn.anzuo.permit.domain.OtherMeasures;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.permit.domain.PermitCursor;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/permits")
@Tag(name = "Permits")
class PermitApiController {

    /** The keyset cursor of the next page of the permit list, to send back as {@code ?after=}. */
    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final PermitIntake intake;
    private final PermitApprovals approvals;
    private final PermitQueries queries;
    private final PermitViews views;
    private final Organization organization;

    PermitApiController(PermitIntake intake, PermitApprovals approvals, PermitQueries queries,
            PermitViews views, Organization organization) {
        this.intake = intake;
        this.approvals = approvals;
        this.queries = queries;
        this.views = views;
        this.organization = organization;
    }

    /** {@code blanks}: the values of the measure's blanks in order, e.g. ["2"] for "加盲板（ ）块" (≤ 20 characters each). */
    record MeasureAnswer(@NotBlank @Size(max = 10) String code, @NotNull Boolean applicable,
            @Size(max = 10) List<@Size(max = 20) String> blanks) {}

    record PermitRequest(
            @NotNull WorkType type,
            PermitLevel level,
            @NotNull UUID siteId,
            @NotBlank @Size(max = 200) String location,
            @NotBlank @Size(max = 1000) String content,
            @NotNull OffsetDateTime plannedStart,
            @NotNull OffsetDateTime plannedEnd,
            @NotNull UUID leaderId,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> workerIds,
            @NotNull UUID guardianId,
            @Size(max = 2000) String hazards,
            @Size(max = 2000) String emergencyMeasures,
            List<@Valid MeasureAnswer> measures,
            @DecimalMin("0") @DecimalMax("1000") BigDecimal heightMeters,
            Set<HazardFactor> hazardFactors,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal loadTonnes,
            Set<UUID> relatedPermitIds,
            Boolean expedite,
            @Size(max = 500) String expediteReason,
            @Size(max = OtherMeasures.MAX_LENGTH) String otherMeasures,
            Boolean outdoor,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        /** A point is a latitude with its longitude: one without the other is a field error. */
        @AssertTrue
        boolean isPointComplete() {
            return (latitude == null) == (longitude == null);
        }

        ApplyForPermit toCommand() {
            return new ApplyForPermit(type, level, siteId, location, content, plannedStart.toInstant(),
                    plannedEnd.toInstant(), leaderId, workerIds, guardianId, hazards, emergencyMeasures,
                    measures == null ? List.of() : measures.stream()
                            .map(m -> PermitMeasure.of(m.code().trim(), m.applicable(), m.blanks())).toList(),
                    heightMeters, hazardFactors == null ? Set.of() : hazardFactors, loadTonnes,
                    relatedPermitIds == null ? Set.of() : relatedPermitIds, Boolean.TRUE.equals(expedite),
                    expediteReason, otherMeasures, outdoor, GeoPoint.of(latitude, longitude));
        }
    }

    enum Verdict { APPROVE, REJECT }

    record ApprovalRequest(
            @NotNull Verdict decision,
            @Size(max = 1000) String comment,
            @Size(max = 800_000) String signature,
            Double latitude,
            Double longitude) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('WORK_LEADER')")
    @Operation(summary = "Apply for a permit",
            description = "422 QUALIFICATION_INVALID (violations), VALIDITY_EXCEEDED, INVALID_WINDOW, GUARDIAN_IS_WORKER, "
                    + "GUARDIAN_BUSY, LEVEL_REQUIRED, MEASURES_INCOMPLETE, UNKNOWN_WORKER, EXPEDITE_REASON_REQUIRED, NOT_HEIGHT_WORK, "
                    + "WEATHER_BLOCKED (rule, observed, limit; outdoor work only, outdoor omitted = the site's flag). "
                    + "SIMOPS_CONFLICT (conflicts: permit ids to coordinate with and list in relatedPermitIds); "
                    + "QUALIFICATION_INVALID with reason FATIGUE after fatigueNights nights in a row. "
                    + "The level is computed where GB 30871 defines it and explained in levelReason.")
    PermitResponse apply(CurrentUser user, @Valid @RequestBody PermitRequest request) {
        PermitApplications.Applied applied = intake.apply(user, request.toCommand());
        return views.one(applied.permit(), applied.warnings());
    }

    @GetMapping("/{id}")
    PermitResponse get(CurrentUser user, @PathVariable UUID id) {
        return views.one(queries.visible(user, id), List.of());
    }

    @GetMapping
    @Operation(summary = "Permits of a company, newest planned start first",
            description = "Filtered, ordered and paged in the database. ?page=&size= as every list; for deep pages "
                    + "send ?after= with the X-Next-Cursor header of the previous page (keyset, ADR 0080): it reads the "
                    + "same order without skipping rows. A malformed cursor is 400 MALFORMED_REQUEST.")
    PageResult<PermitResponse> list(
            CurrentUser user,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) PermitStatus status,
            @RequestParam(required = false) WorkType type,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) PermitCursor after,
            HttpServletResponse response) {
        UUID company = organization.companyOrOwn(user, companyId);
        PageRequestParams params = PageRequestParams.of(page, size);
        PermitQueries.Page<WorkPermit> found = queries.page(new PermitQueries.Filter(Set.of(company), status, type, siteId, null,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant()), after, params.offset(),
                params.size());
        if (found.next() != null) {
            response.setHeader(NEXT_CURSOR, found.next().token());
        }
        return new PageResult<>(views.many(found.items()), params.page(), params.size(), found.total());
    }

    @GetMapping("/pending-my-approval")
    @Operation(summary = "Permits waiting for a decision the caller may take",
            description = "Expedited first, then the longest waiting, ?size= at a time (default 20, at most 200). "
                    + "When more wait, the X-Next-Cursor header names the next page: send it back as ?after=. "
                    + "A malformed cursor is 400 MALFORMED_REQUEST (ADR 0092).")
    List<PermitResponse> pendingMine(CurrentUser user, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) InboxCursor after, HttpServletResponse response) {
        int pageSize = PageRequestParams.of(0, size).size();
        PermitQueries.InboxPage<WorkPermit> page = queries.pendingFor(user, after, pageSize);
        if (page.next() != null) {
            response.setHeader(NEXT_CURSOR, page.next().token());
        }
        return views.many(page.items());
    }

    @PostMapping("/{id}/approvals")
    @Operation(summary = "Approve or reject the current step",
            description = "403 NOT_CURRENT_APPROVER, 403 SEPARATION_OF_DUTIES, 409 PERMIT_NOT_PENDING, "
                    + "409 CONCURRENT_UPDATE (someone decided at the same moment), 422 INVALID_SIGNATURE, REJECTION_REASON_REQUIRED. "
                    + "signature: a PNG as data URL or base64.")
    PermitResponse decide(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ApprovalRequest request) {
        return views.one(approvals.decide(user, id, new DecideApproval(request.decision() == Verdict.APPROVE,
                request.comment(), request.signature(), request.latitude(), request.longitude())), List.of());
    }
}
