package cn.anzuo.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CompanyRepository extends ListCrudRepository<Company, UUID> {

    boolean existsByCode(String code);

    Optional<Company> findByCode(String code);

    /** The company and all its descendants. */
    @Query("""
            with recursive tree(id) as (
              select id from company where id = :root
              union all
              select c.id from company c join tree t on c.parent_id = t.id)
            select id from tree""")
    List<UUID> subtreeIds(@Param("root") UUID root);
}
