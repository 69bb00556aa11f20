package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.qualification.domain.CertificateDates;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.qualification.domain.CertificateRepository;
import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the valid rows of a confirmed preview, in the caller's transaction. Workers are matched by
 * company and ID digest (in memory, see {@link RegisteredWorkers}), certificates by worker and item
 * code; matched records load with one query per thousand — never one per row. The first row of a person gives the contact data; existing records are only
 * written when the sheet says something new.
 */
@Component
class LedgerConfirmation {

    private static final int CHUNK = 1000;

    private final WorkerRepository workers;
    private final RegisteredWorkers registeredWorkers;
    private final CertificateRepository certificates;
    private final CertificateCatalog catalog;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    LedgerConfirmation(WorkerRepository workers, RegisteredWorkers registeredWorkers, CertificateRepository certificates,
            CertificateCatalog catalog, PersonalDataCipher cipher, Clock clock) {
        this.workers = workers;
        this.registeredWorkers = registeredWorkers;
        this.certificates = certificates;
        this.catalog = catalog;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A valid row with its ID number back in clear, for this transaction only. */
    private record Incoming(StoredRow row, IdNumber idNumber) {}

    @Transactional(propagation = Propagation.MANDATORY)
    ImportResult apply(UUID companyId, List<StoredRow> validRows) {
        Instant now = clock.instant();
        Map<String, List<Incoming>> byPerson = new LinkedHashMap<>();
        for (StoredRow row : validRows) {
            IdNumber id = IdNumber.parse(cipher.decrypt(row.data().idNumberCipher())).orElseThrow();
            String digest = cipher.digest(id.value());
            byPerson.computeIfAbsent(digest, d -> new ArrayList<>()).add(new Incoming(row, id));
        }
        Map<String, RegisteredWorkers.Registered> registered = registeredWorkers.of(companyId);
        List<UUID> matched = byPerson.keySet().stream().filter(registered::containsKey)
                .map(digest -> registered.get(digest).id()).toList();
        Map<String, Worker> existing = new HashMap<>();
        for (List<UUID> chunk : chunks(matched)) {
            workers.findAllById(chunk).stream()
                    .filter(w -> w.companyId().equals(companyId))
                    .forEach(w -> existing.put(w.idNumberDigest(), w));
        }
        Counts counts = new Counts();
        List<Worker> created = new ArrayList<>();
        List<Worker> changed = new ArrayList<>();
        Map<String, Worker> workerOf = new HashMap<>();
        for (Map.Entry<String, List<Incoming>> person : byPerson.entrySet()) {
            RowData first = person.getValue().getFirst().row().data();
            Worker worker = existing.get(person.getKey());
            if (worker == null) {
                worker = Worker.register(companyId, first.name(), person.getValue().getFirst().idNumber(), first.phone(),
                        first.employer(), cipher, now);
                created.add(worker);
            } else if (!worker.name().equals(first.name())) {
                // Registered under another name since the preview: skip rather than overwrite the person.
                person.getValue().forEach(in -> counts.skipped.add(in.row().rowNo()));
                continue;
            } else {
                WorkerView before = worker.view();
                worker.updateContact(first.name(), first.phone(), first.employer());
                if (before.equals(worker.view())) {
                    counts.workersUnchanged++;
                } else {
                    changed.add(worker);
                }
            }
            workerOf.put(person.getKey(), worker);
        }
        workers.saveAll(created);
        workers.saveAll(changed);
        saveCertificates(companyId, byPerson, workerOf, existing.values(), counts, now);
        return new ImportResult(created.size(), changed.size(), counts.workersUnchanged, counts.certificatesCreated,
                counts.certificatesUpdated, counts.certificatesUnchanged, counts.skipped.size(), counts.skipped);
    }

    private void saveCertificates(UUID companyId, Map<String, List<Incoming>> byPerson, Map<String, Worker> workerOf,
            Collection<Worker> existingWorkers, Counts counts, Instant now) {
        Map<String, Certificate> held = new HashMap<>();
        for (List<UUID> chunk : chunks(existingWorkers.stream().map(Worker::id).toList())) {
            for (Certificate certificate : certificates.findByWorkerIdIn(chunk)) {
                // Prefer the certificate in force over a revoked one of the same item.
                held.merge(key(certificate.workerId(), certificate.itemCode()), certificate,
                        (a, b) -> a.revokedAt() == null ? a : b);
            }
        }
        Map<String, CertificateItem> items = catalog.byCode(companyId);
        List<Certificate> toSave = new ArrayList<>();
        for (Map.Entry<String, List<Incoming>> person : byPerson.entrySet()) {
            Worker worker = workerOf.get(person.getKey());
            if (worker == null) {
                continue;
            }
            for (Incoming in : person.getValue()) {
                RowData data = in.row().data();
                CertificateItem item = items.get(data.itemCode().toUpperCase(Locale.ROOT));
                if (item == null) {
                    // The company removed its own catalogue item since the preview.
                    counts.skipped.add(in.row().rowNo());
                    continue;
                }
                String number = cipher.decrypt(data.numberCipher());
                CertificateDates dates = new CertificateDates(data.issuedOn(), data.expiresOn(), data.reviewDueOn());
                Certificate current = held.get(key(worker.id(), item.itemCode()));
                if (current == null || (current.revokedAt() != null && !current.issuedOn().equals(dates.issuedOn()))) {
                    toSave.add(Certificate.issue(companyId, worker.id(), item, number, data.authority(), dates, cipher,
                            now));
                    counts.certificatesCreated++;
                } else if (current.revokedAt() == null && current.update(number, data.authority(), dates, cipher)) {
                    toSave.add(current);
                    counts.certificatesUpdated++;
                } else {
                    counts.certificatesUnchanged++;
                }
            }
        }
        certificates.saveAll(toSave);
    }

    private static String key(UUID workerId, String itemCode) {
        return workerId + "|" + itemCode.toUpperCase(Locale.ROOT);
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static final class Counts {
        int workersUnchanged;
        int certificatesCreated;
        int certificatesUpdated;
        int certificatesUnchanged;
        final List<Integer> skipped = new ArrayList<>();
    }
}
