package cn.anzuo.qualification.web;

import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.qualification.domain.WorkerRegistry.EditWorker;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Editing and disabling workers (issue 10): the ID number stays, nothing is deleted. */
@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "Workers and certificates")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
class WorkerEditApiController {

    private final WorkerRegistry workers;

    WorkerEditApiController(WorkerRegistry workers) {
        this.workers = workers;
    }

    record EditWorkerRequest(
            @NotBlank @Size(max = 50) String name,
            @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*") String phone,
            @Size(max = 100) String employer) {

        EditWorker toCommand() {
            return new EditWorker(name, phone, employer);
        }
    }

    record EnabledRequest(@NotNull Boolean enabled) {}

    record WorkerStateResponse(UUID id, UUID companyId, String name, String idNumberMasked, String phone,
            String employer, boolean enabled) {
        static WorkerStateResponse of(Worker worker) {
            var v = worker.view();
            return new WorkerStateResponse(v.id(), v.companyId(), v.name(), v.idNumberMasked(), v.phone(),
                    v.employer(), worker.enabled());
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a worker's name, phone and employer",
            description = "The ID number cannot be changed (register a new worker instead). Another company's worker → 404.")
    WorkerStateResponse edit(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody EditWorkerRequest request) {
        return WorkerStateResponse.of(workers.edit(user, id, request.toCommand()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Disable or re-enable a worker",
            description = "{\"enabled\":false}. Workers are never deleted. A disabled worker named on a new permit → "
                    + "422 QUALIFICATION_INVALID with reason DISABLED; permits already issued are not touched.")
    WorkerStateResponse changeEnabled(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody EnabledRequest request) {
        return WorkerStateResponse.of(workers.changeEnabled(user, id, request.enabled()));
    }
}
