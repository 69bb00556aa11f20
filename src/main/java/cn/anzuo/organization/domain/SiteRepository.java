package cn.anzuo.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface SiteRepository extends ListCrudRepository<Site, UUID> {

    boolean existsByCompanyIdAndCode(UUID companyId, String code);

    @Query("""
            select * from site
            where company_id in (:companyIds)
              and (:q = '' or lower(name) like concat('%', lower(:q), '%') or lower(code) like concat('%', lower(:q), '%'))
            order by code""")
    List<Site> search(@Param("companyIds") Collection<UUID> companyIds, @Param("q") String q);
}
