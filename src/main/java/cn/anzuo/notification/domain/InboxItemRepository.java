package cn.anzuo.notification.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface InboxItemRepository extends ListCrudRepository<InboxItem, UUID> {

    Page<InboxItem> findByUserIdOrderByCreatedAtDescIdDesc(UUID userId, Pageable page);

    Page<InboxItem> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(UUID userId, Pageable page);

    List<InboxItem> findByUserIdAndReadAtIsNull(UUID userId);

    Optional<InboxItem> findByIdAndUserId(UUID id, UUID userId);

    long countByUserIdAndReadAtIsNull(UUID userId);
}
