package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface WorkPermitRepository extends ListCrudRepository<WorkPermit, UUID> {

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

    @Query("select * from work_permit where site_id = :site and status in (:statuses) order by planned_start")
    List<WorkPermit> atSite(@Param("site") UUID siteId, @Param("statuses") Collection<String> statuses);

    /** The id of the applicant's latest permit: one entry of {@code work_permit_applicant_latest} (see ApprovalInbox.DECIDABLE_ORDER). */
    @Query("select id from work_permit where applicant_id = :applicant order by applicant_id, created_at desc limit 1")
    List<UUID> lastOf(@Param("applicant") UUID applicant);

    /** Non-terminal permits of a company that carry a point and overlap [from, to): the SIMOPS neighbours. */
    @Query("""
            select * from work_permit
            where company_id = :company
              and status in ('PENDING_APPROVAL', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'COMPLETED')
              and latitude is not null and longitude is not null
              and planned_start < :to and planned_end > :from""")
    List<WorkPermit> liveWithPoint(@Param("company") UUID company, @Param("from") Instant from, @Param("to") Instant to);
}
