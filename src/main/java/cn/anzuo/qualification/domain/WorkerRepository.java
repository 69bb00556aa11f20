package cn.anzuo.qualification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface WorkerRepository extends ListCrudRepository<Worker, UUID> {

    Optional<Worker> findByCompanyIdAndIdNumberDigest(UUID companyId, String idNumberDigest);

    List<Worker> findByCompanyIdAndIdNumberDigestIn(UUID companyId, Collection<String> digests);

    String SEARCH_WHERE = """
            where company_id in (:companyIds)
              and (:q = '' or name like concat('%', :q, '%') or id_last4 = upper(:q))
              and (:employer = '' or coalesce(employer, '') like concat('%', :employer, '%'))""";

    @Query("select * from worker " + SEARCH_WHERE + " order by name_key, created_at, id")
    List<Worker> search(@Param("companyIds") Collection<UUID> companyIds, @Param("q") String q,
            @Param("employer") String employer);

    /**
     * One page of {@link #search} in pinyin order, namesakes oldest first, limited in the database: with one company
     * the index {@code worker_company_name_key} yields the rows in that order, so the scan stops after the page
     * (ADR 0080).
     */
    @Query("select * from worker " + SEARCH_WHERE + " order by name_key, created_at, id limit :limit offset :offset")
    List<Worker> searchPage(@Param("companyIds") Collection<UUID> companyIds, @Param("q") String q,
            @Param("employer") String employer, @Param("limit") int limit, @Param("offset") long offset);

    /**
     * The ids of one page of {@link #search} within one company. The constant company leads the ORDER BY, so H2 reads
     * index {@code worker_company_search} in order (it holds every column the conditions name) and stops after the
     * page; ordered as {@link #searchPage} orders, which reads and sorts every worker of the companies.
     */
    @Query("select id from worker " + SEARCH_WHERE
            + " order by company_id, name_key, created_at, id limit :limit offset :offset")
    List<UUID> searchPageIdsOfOne(@Param("companyIds") Collection<UUID> companyId, @Param("q") String q,
            @Param("employer") String employer, @Param("limit") int limit, @Param("offset") long offset);

    @Query("select count(*) from worker " + SEARCH_WHERE)
    long countSearch(@Param("companyIds") Collection<UUID> companyIds, @Param("q") String q,
            @Param("employer") String employer);

    List<Worker> findByCompanyId(UUID companyId);

    /**
     * Joined to the list, not {@code company_id in (…)}: for a list H2 read the whole index and tested each entry
     * against it (a group of 100 plants: 41 % of a KPI request on the 1 M-permit file).
     */
    @Query("select count(*) from unnest(cast(:companyIds as uuid array)) as wanted(id)"
            + " join worker on company_id = wanted.id where enabled")
    long countEnabledIn(@Param("companyIds") UUID[] companyIds);
}
