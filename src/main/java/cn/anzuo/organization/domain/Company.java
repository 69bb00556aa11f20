package cn.anzuo.organization.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.CompanyView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A company (企业) in the group tree; it owns sites, users, workers and permits. */
@Table("company")
public class Company {

    @Id
    private final UUID id;

    private final String code;
    private String name;
    private final UUID parentId;
    private final String timeZone;

    @Embedded.Empty
    private PolicySettings policy;

    private final Instant createdAt;
    /** False once disabled (never deleted: other records refer to it); true for a new record. */
    private boolean enabled = true;

    @Version
    private Long version;

    @PersistenceCreator
    Company(UUID id, String code, String name, UUID parentId, String timeZone, PolicySettings policy, Instant createdAt,
            Long version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.parentId = parentId;
        this.timeZone = timeZone;
        this.policy = policy == null ? PolicySettings.none() : policy;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Company create(String code, String name, UUID parentId, Instant now) {
        return new Company(UUID.randomUUID(), code, name, parentId, CompanyPolicy.DEFAULT_ZONE.getId(),
                PolicySettings.none(), now, null);
    }

    public void changePolicy(PolicySettings changes) {
        this.policy = policy.merge(Objects.requireNonNull(changes));
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean enabled() {
        return enabled;
    }

    public CompanyPolicy effectivePolicy() {
        return policy.effective(ZoneId.of(timeZone));
    }

    public CompanyView view() {
        return new CompanyView(id, code, name, parentId);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UUID parentId() {
        return parentId;
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
