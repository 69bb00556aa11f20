package cn.anzuo.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One message in one user's inbox (站内信). It keeps message keys and arguments, not text, so each
 * reader sees it in their own language. The only change it knows is being read.
 */
@Table("notification")
public class InboxItem {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @Id
    private final UUID id;

    private final UUID companyId;
    private final UUID userId;
    private final String kind;
    private final String titleKey;
    private final String bodyKey;

    @Column("args")
    private final String argsJson;

    private final String link;
    private final Instant createdAt;
    private Instant readAt;

    @Version
    private Long version;

    @PersistenceCreator
    InboxItem(UUID id, UUID companyId, UUID userId, String kind, String titleKey, String bodyKey, String argsJson,
            String link, Instant createdAt, Instant readAt, Long version) {
        this.id = id;
        this.companyId = companyId;
        this.userId = userId;
        this.kind = kind;
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.argsJson = argsJson;
        this.link = link;
        this.createdAt = createdAt;
        this.readAt = readAt;
        this.version = version;
    }

    /**
     * A new unread item. With a dedup key its id is derived from key and recipient, so the same
     * occasion delivered twice (the event registry delivers at least once) maps to the same row.
     */
    static InboxItem create(UUID userId, UUID companyId, String kind, String titleKey, String bodyKey,
            List<String> args, String link, String dedupKey, Instant now) {
        UUID id = dedupKey == null
                ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes((dedupKey + "|" + userId).getBytes(StandardCharsets.UTF_8));
        return new InboxItem(id, companyId, userId, kind, titleKey, bodyKey, JsonMapper.shared().writeValueAsString(args),
                link, now, null, null);
    }

    /**
     * Marks the item read at {@code at}. Reading it again changes nothing: the first reading counts.
     *
     * @return whether the item was unread before
     */
    public boolean markRead(Instant at) {
        Objects.requireNonNull(at, "at");
        if (readAt != null) {
            return false;
        }
        readAt = at.isBefore(createdAt) ? createdAt : at;
        return true;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean belongsTo(UUID user) {
        return userId.equals(user);
    }

    public List<String> args() {
        return argsJson == null || argsJson.isBlank() ? List.of() : JsonMapper.shared().readValue(argsJson, STRINGS);
    }

    public UUID id() {
        return id;
    }

    public UUID companyId() {
        return companyId;
    }

    public UUID userId() {
        return userId;
    }

    public String kind() {
        return kind;
    }

    public String titleKey() {
        return titleKey;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
