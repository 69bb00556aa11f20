package cn.anzuo.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InboxItemRepository extends ListCrudRepository<InboxItem, UUID> {

    /**
     * A person's notices, newest first. The order leads with user_id, fixed by the condition, so that H2 reads the
     * page from notification_user_created in order (ADR 0088): 21 index entries for a page, not all of theirs.
     */
    Page<InboxItem> findByUserIdOrderByUserIdDescCreatedAtDescIdDesc(UUID userId, Pageable page);

    Page<InboxItem> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(UUID userId, Pageable page);

    List<InboxItem> findByUserIdAndReadAtIsNull(UUID userId);

    Optional<InboxItem> findByIdAndUserId(UUID id, UUID userId);

    /**
     * Stores the read time {@link InboxItem#markRead} gave, only if nobody marked the item meanwhile: no version check,
     * so a second tab, or "全部已读" at the same moment, is not a 409. 1 when this call marked it, 0 when another had.
     */
    @Modifying
    @Query("update notification set read_at = :readAt, version = version + 1 where id = :id and read_at is null")
    int storeRead(UUID id, Instant readAt);

    long countByUserIdAndReadAtIsNull(UUID userId);
}
