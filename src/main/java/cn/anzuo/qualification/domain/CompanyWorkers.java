package cn.anzuo.qualification.domain;

import cn.anzuo.organization.WorkerDirectory;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers organisation's question "does this worker belong to that company?" from the worker register. */
@Component
class CompanyWorkers implements WorkerDirectory {

    private final WorkerRepository workers;

    CompanyWorkers(WorkerRepository workers) {
        this.workers = workers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(UUID workerId, UUID companyId) {
        return workerId != null && companyId != null
                && workers.findById(workerId).map(w -> companyId.equals(w.companyId())).orElse(false);
    }
}
