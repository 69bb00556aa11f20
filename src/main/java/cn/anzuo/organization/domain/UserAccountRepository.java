package cn.anzuo.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByWorkerId(UUID workerId);

    @Query("""
            select u.* from app_user u
            where u.company_id in (:companyIds)
              and (:q = '' or lower(u.username) like concat('%', lower(:q), '%')
                   or lower(u.display_name) like concat('%', lower(:q), '%'))
            order by u.username""")
    List<UserAccount> search(@Param("companyIds") Collection<UUID> companyIds, @Param("q") String q);

    /** Whether the user may sign in: the account and its company are both enabled. */
    @Query("""
            select count(*) from app_user u join company c on c.id = u.company_id
            where u.id = :userId and u.enabled and c.enabled""")
    int countSignInAllowed(@Param("userId") UUID userId);

    default boolean signInAllowed(UUID userId) {
        return countSignInAllowed(userId) > 0;
    }

    @Query("""
            select u.* from app_user u join app_user_role r on r.app_user = u.id
            where u.company_id = :companyId and r.role = :role and u.enabled""")
    List<UserAccount> findByCompanyAndRole(@Param("companyId") UUID companyId, @Param("role") String role);

    @Query("select count(*) from app_user where company_id in (:companyIds) and enabled")
    long countEnabledIn(@Param("companyIds") Collection<UUID> companyIds);
}
