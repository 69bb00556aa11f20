package cn.anzuo.qualification.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CertificateItemRepository extends ListCrudRepository<CertificateItem, UUID> {

    /** The shared catalogue plus the company's own items, in catalogue order. */
    @Query("""
            select * from certificate_item
            where company_id is null or company_id = :companyId
            order by case when company_id is null then 0 else 1 end, sort_order""")
    List<CertificateItem> catalogFor(@Param("companyId") UUID companyId);
}
