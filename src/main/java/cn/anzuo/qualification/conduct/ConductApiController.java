package cn.anzuo.qualification.conduct;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Violations" and "Training": sanctions that the qualification gate honours (ADR 0061). */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Violations and training")
class ConductApiController {

    private final Conduct conduct;
    private final Qualifications qualifications;
    private final Organization organization;

    ConductApiController(Conduct conduct, Qualifications qualifications, Organization organization) {
        this.conduct = conduct;
        this.qualifications = qualifications;
        this.organization = organization;
    }

    record ViolationRequest(UUID workerId, UUID permitId, String kind, String note) {}

    record ViolationResponse(UUID id, UUID workerId, UUID permitId, String kind, String note, String sanction,
            java.time.Instant at) {
        static ViolationResponse of(Conduct.Violation v) {
            return new ViolationResponse(v.id(), v.workerId(), v.permitId(), v.kind(), v.note(), v.sanction(), v.at());
        }
    }

    record TrainingRequest(String course, String kind, BigDecimal hours, LocalDate completedOn) {}

    @PostMapping("/api/v1/violations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SAFETY_OFFICER', 'AUDITOR')")
    @Operation(summary = "Record a violation (SAFETY_OFFICER, AUDITOR)",
            description = "→ {\"id\",\"workerId\",\"sanction\":\"WARNING\"|\"SUSPENDED\",\"at\"}: the first in 12 months warns, "
                    + "the next suspends the worker from permits (reason SANCTIONED) until a RETRAINING record")
    ViolationResponse violation(CurrentUser me, @RequestBody ViolationRequest request) {
        WorkerView worker = visibleWorker(me, request.workerId());
        return ViolationResponse.of(conduct.recordViolation(worker.id(), worker.companyId(), request.permitId(),
                request.kind(), request.note(), me.id()));
    }

    @GetMapping("/api/v1/violations")
    @PreAuthorize("hasAnyRole('SAFETY_OFFICER', 'AUDITOR', 'COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Violations of a company (and of one worker)")
    List<ViolationResponse> violations(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID workerId) {
        UUID company = organization.companyOrOwn(me, companyId);
        return conduct.violations(List.of(company), workerId).stream().map(ViolationResponse::of).toList();
    }

    @PostMapping("/api/v1/workers/{id}/training")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SAFETY_OFFICER', 'COMPANY_ADMIN')")
    @Operation(summary = "Record a training (SAFETY_OFFICER, COMPANY_ADMIN)",
            description = "{\"course\",\"kind\":\"INDUCTION\"|\"REVIEW\"|\"RETRAINING\"|\"DRILL\",\"hours\",\"completedOn\"}; "
                    + "a RETRAINING lifts a SUSPENDED sanction of that day or earlier")
    Conduct.Training train(CurrentUser me, @PathVariable UUID id, @RequestBody TrainingRequest request) {
        WorkerView worker = visibleWorker(me, id);
        return conduct.recordTraining(worker.id(), worker.companyId(), request.course(), request.kind(), request.hours(),
                request.completedOn(), me.id());
    }

    @GetMapping("/api/v1/workers/{id}/training")
    @Operation(summary = "A worker's training records, newest first")
    List<Conduct.Training> training(CurrentUser me, @PathVariable UUID id) {
        return conduct.training(visibleWorker(me, id).id());
    }

    private WorkerView visibleWorker(CurrentUser me, UUID workerId) {
        return qualifications.worker(workerId).filter(w -> organization.canSee(me, w.companyId()))
                .orElseThrow(() -> new RecordNotFound("worker", workerId));
    }
}
