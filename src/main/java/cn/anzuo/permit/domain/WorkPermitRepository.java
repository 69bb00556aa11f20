package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface WorkPermitRepository extends ListCrudRepository<WorkPermit, UUID> {

    /** Live permits of a guardian whose window overlaps [from, to). */
    @Query("""
            select * from work_permit
            where guardian_id = :guardian
              and status in ('PENDING_APPROVAL', 'APPROVED', 'ACTIVE', 'SUSPENDED')
              and planned_start < :to and planned_end > :from""")
    List<WorkPermit> liveForGuardian(@Param("guardian") UUID guardianId, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("""
            select * from work_permit
            where company_id in (:companies)
              and (:status = '' or status = :status)
              and (:type = '' or work_type = :type)
              and (cast(:site as varchar) = '' or cast(site_id as varchar) = cast(:site as varchar))
              and planned_start < :to and planned_end > :from
            order by planned_start desc""")
    List<WorkPermit> search(@Param("companies") Collection<UUID> companies, @Param("status") String status,
            @Param("type") String type, @Param("site") String site, @Param("from") Instant from,
            @Param("to") Instant to);

    /**
     * Pending permits of the company with an open step of one of the roles, neither applied for nor already
     * decided by the user: {@code ApprovalRoute.refusal} in SQL. Index {@code work_permit_company_status_created}.
     */
    @Query(DECIDABLE_SELECT + "wp.* " + DECIDABLE_WHERE + " order by wp.created_at")
    List<WorkPermit> decidableBy(@Param("company") UUID company, @Param("user") UUID user,
            @Param("roles") Collection<String> roles);

    @Query(DECIDABLE_SELECT + "count(*) " + DECIDABLE_WHERE)
    long countDecidableBy(@Param("company") UUID company, @Param("user") UUID user,
            @Param("roles") Collection<String> roles);

    String DECIDABLE_SELECT = "select ";
    String DECIDABLE_WHERE = """
            from work_permit wp
            where wp.company_id = :company and wp.status = 'PENDING_APPROVAL' and wp.applicant_id <> :user
              and exists (select 1 from approval_step s
                          where s.work_permit = wp.id and s.status = 'PENDING' and s.role in (:roles))
              and not exists (select 1 from approval_step d where d.work_permit = wp.id and d.decided_by = :user)""";

    @Query("select * from work_permit where status = 'ACTIVE' and work_type = :type")
    List<WorkPermit> activeOfType(@Param("type") String type);

    @Query("select * from work_permit where site_id = :site and status in (:statuses) order by planned_start")
    List<WorkPermit> atSite(@Param("site") UUID siteId, @Param("statuses") Collection<String> statuses);

    @Query("select * from work_permit where status = 'ACTIVE'")
    List<WorkPermit> allActive();

    @Query("select * from work_permit where status = 'PENDING_APPROVAL'")
    List<WorkPermit> allPending();

    @Query("select * from work_permit where applicant_id = :applicant order by created_at desc limit 1")
    List<WorkPermit> lastOf(@Param("applicant") UUID applicant);

    /** Permits where the worker is leader, guardian or one of the workers, overlapping [from, to). */
    @Query("""
            select * from work_permit wp
            where (wp.leader_id = :worker or wp.guardian_id = :worker
                   or exists (select 1 from permit_worker pw where pw.work_permit = wp.id and pw.worker_id = :worker))
              and wp.planned_start < :to and wp.planned_end > :from
            order by wp.planned_start""")
    List<WorkPermit> ofWorker(@Param("worker") UUID workerId, @Param("from") Instant from, @Param("to") Instant to);

    /** Non-terminal permits of a company that carry a point and overlap [from, to): the SIMOPS neighbours. */
    @Query("""
            select * from work_permit
            where company_id = :company
              and status in ('PENDING_APPROVAL', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'COMPLETED')
              and latitude is not null and longitude is not null
              and planned_start < :to and planned_end > :from""")
    List<WorkPermit> liveWithPoint(@Param("company") UUID company, @Param("from") Instant from, @Param("to") Instant to);
}
