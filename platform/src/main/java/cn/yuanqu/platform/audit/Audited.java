package cn.yuanqu.platform.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The columns every editable record carries: its optimistic-locking {@code version} and who created
 * and last changed it, when. Subclasses call {@link #created} once and {@link #touched} on every
 * change. No field initialisers: with Hibernate's enhanced dirty tracking a constructor write would
 * mark every loaded row dirty.
 */
@MappedSuperclass
public abstract class Audited {

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** Stamps a new record as created (and last changed) by {@code actor} at {@code now}. */
    protected void created(String actor, OffsetDateTime now) {
        this.createdAt = now;
        this.createdBy = actor;
        touched(actor, now);
    }

    /** Stamps a change. */
    protected void touched(String actor, OffsetDateTime now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
