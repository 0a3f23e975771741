package cn.yuanqu.safety.hazard;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file that evidences a rectification (photo or scan), stored in PostgreSQL. Never updated. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private UUID hazardId;

    @Column(name = "rectification_id", nullable = false, updatable = false)
    private UUID rectificationId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected EvidenceFile() {
        // for Hibernate
    }

    static EvidenceFile of(Hazard h, UUID rectificationId, String fileName, String contentType, byte[] content,
            String sha256, String actor, OffsetDateTime now) {
        EvidenceFile f = new EvidenceFile();
        f.id = UUID.randomUUID();
        f.parkId = h.getParkId();
        f.hazardId = h.getId();
        f.rectificationId = rectificationId;
        f.fileName = fileName;
        f.contentType = contentType;
        f.sizeBytes = content.length;
        f.sha256 = sha256;
        f.content = content;
        f.uploadedBy = actor;
        f.uploadedAt = now;
        return f;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public UUID getRectificationId() {
        return rectificationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
