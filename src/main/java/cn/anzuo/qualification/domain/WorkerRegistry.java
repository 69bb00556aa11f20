package cn.anzuo.qualification.domain;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.QualificationProblems.InvalidIdNumber;
import cn.anzuo.qualification.domain.QualificationProblems.WorkerExists;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and finding workers; every look-up respects the caller's companies. */
@Service
@Transactional
public class WorkerRegistry {

    private final WorkerRepository workers;
    private final Organization organization;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    WorkerRegistry(WorkerRepository workers, Organization organization, PersonalDataCipher cipher, Clock clock) {
        this.workers = workers;
        this.organization = organization;
        this.cipher = cipher;
        this.clock = clock;
    }

    public record RegisterWorker(UUID companyId, String name, String idNumber, String phone, String employer) {}

    public WorkerView register(CurrentUser by, RegisterWorker command) {
        organization.requireVisible(by, command.companyId());
        IdNumber idNumber = IdNumber.parse(command.idNumber()).orElseThrow(InvalidIdNumber::new);
        workers.findByCompanyIdAndIdNumberDigest(command.companyId(), cipher.digest(idNumber.value()))
                .ifPresent(existing -> {
                    throw new WorkerExists(existing.id());
                });
        Worker worker = Worker.register(command.companyId(), command.name().trim(), idNumber, command.phone(),
                command.employer(), cipher, clock.instant());
        return workers.save(worker).view();
    }

    /** Corrects a worker's name and contact; the ID number is the identity and is never edited. */
    public record EditWorker(String name, String phone, String employer) {}

    public Worker edit(CurrentUser by, UUID workerId, EditWorker command) {
        Worker worker = visible(by, workerId);
        worker.updateContact(command.name().trim(), command.phone(), command.employer());
        return workers.save(worker);
    }

    /**
     * Disables or re-enables a worker. Workers are never deleted: permits, check-ins and certificates
     * refer to them (ADR 0041). A disabled worker fails the qualification gate with reason DISABLED.
     */
    public Worker changeEnabled(CurrentUser by, UUID workerId, boolean enabled) {
        Worker worker = visible(by, workerId);
        if (enabled) {
            worker.enable();
        } else {
            worker.disable();
        }
        return workers.save(worker);
    }

    @Transactional(readOnly = true)
    public Worker visible(CurrentUser by, UUID workerId) {
        return workers.findById(workerId)
                .filter(w -> organization.canSee(by, w.companyId()))
                .orElseThrow(() -> new RecordNotFound("worker", workerId));
    }

    /** By name (part of it) or by the last four digits of the ID number; optionally by employer. */
    @Transactional(readOnly = true)
    public List<WorkerView> search(Collection<UUID> companyIds, String query, String employer) {
        return workers.search(companyIds, query == null ? "" : query.trim(), employer == null ? "" : employer.trim())
                .stream().map(Worker::view).toList();
    }

    /** One page of {@link #search}, found, ordered and limited in the database, with the total. */
    @Transactional(readOnly = true)
    public PageResult<WorkerView> searchPage(Collection<UUID> companyIds, String query, String employer,
            PageRequestParams params) {
        String q = query == null ? "" : query.trim();
        String e = employer == null ? "" : employer.trim();
        List<Worker> found = companyIds.size() == 1
                ? inOrder(workers.searchPageIdsOfOne(companyIds, q, e, params.size(), params.offset()))
                : workers.searchPage(companyIds, q, e, params.size(), params.offset());
        List<WorkerView> items = found.stream().map(Worker::view).toList();
        long total = items.size() < params.size() && (params.page() == 0 || !items.isEmpty())
                ? (long) params.offset() + items.size()
                : workers.countSearch(companyIds, q, e);
        return new PageResult<>(items, params.page(), params.size(), total);
    }

    private List<Worker> inOrder(List<UUID> ids) {
        Map<UUID, Worker> byId = new HashMap<>();
        workers.findAllById(ids).forEach(w -> byId.put(w.id(), w));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
