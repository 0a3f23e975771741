package cn.yuanqu.land.landcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step of a case with the document it issued. Never updated. No field initialisers. */
@Entity
@Table(name = "land_case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private CaseStatus toStatus;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", updatable = false)
    private DocumentType documentType;

    @Column(name = "document_no", updatable = false)
    private String documentNo;

    @Column(updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CaseEvent() {
        // for Hibernate
    }

    static CaseEvent of(LandCase c, CaseStatus from, LocalDate on, String documentNo, String text, String actor,
            OffsetDateTime now) {
        CaseEvent e = new CaseEvent();
        e.parkId = c.getParkId();
        e.caseId = c.getId();
        e.fromStatus = from;
        e.toStatus = c.getStatus();
        e.onDate = on;
        e.documentType = documentNo == null ? null : c.getStatus().document();
        e.documentNo = documentNo;
        e.text = text;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getText() {
        return text;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
