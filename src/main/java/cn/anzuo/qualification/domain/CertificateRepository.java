package cn.anzuo.qualification.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CertificateRepository extends ListCrudRepository<Certificate, UUID> {

    List<Certificate> findByWorkerId(UUID workerId);

    /** The certificates the workers hold; none for no workers. */
    default List<Certificate> findByWorkerIdIn(Collection<UUID> workerIds) {
        return workerIds.isEmpty() ? List.of() : heldBy(workerIds);
    }

    /**
     * Written out because the qualification gate asks it on every application: a derived query builds its SQL again
     * on each call (a third of the gate's time, profiled under load).
     */
    @Query("select * from certificate where worker_id in (:workerIds)")
    List<Certificate> heldBy(@Param("workerIds") Collection<UUID> workerIds);

    List<Certificate> findByCompanyIdIn(Collection<UUID> companyIds);

    /** Not revoked, and expiry or review falls on or before {@code horizon}: reminder candidates. */
    @Query("""
            select * from certificate
            where revoked_at is null
              and (expires_on <= :horizon or (review_due_on is not null and review_due_on <= :horizon))""")
    List<Certificate> dueBy(@Param("horizon") LocalDate horizon);
}
