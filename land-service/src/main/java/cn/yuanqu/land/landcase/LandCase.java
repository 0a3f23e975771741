package cn.yuanqu.land.landcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.land.idle.Cause;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.idle.GovernmentCause;
import cn.yuanqu.platform.audit.Audited;

/**
 * An idle or inefficient land case (闲置/低效用地处置) of a parcel: where its procedure stands, the rule
 * engine's latest suggestion (JSON of the assessment) and the officers' decision and result. No field
 * initialisers.
 */
@Entity
@Table(name = "land_case")
public class LandCase extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "parcel_id", nullable = false, updatable = false)
    private UUID parcelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    @Enumerated(EnumType.STRING)
    @Column(name = "government_cause")
    private GovernmentCause governmentCause;

    private String suggestion;

    @Column(name = "suggested_on")
    private LocalDate suggestedOn;

    @Enumerated(EnumType.STRING)
    private DisposalMethod method;

    private String decision;

    @Column(name = "area_disposed_mu")
    private BigDecimal areaDisposedMu;

    @Column(name = "takeover_id")
    private UUID takeoverId;

    @Column(name = "takeover_name")
    private String takeoverName;

    @Column(name = "idle_fee")
    private BigDecimal idleFee;

    @Column(name = "amount_recovered")
    private BigDecimal amountRecovered;

    @Column(name = "amount_paid")
    private BigDecimal amountPaid;

    @Column(name = "disposed_on")
    private LocalDate disposedOn;

    protected LandCase() {
        // for Hibernate
    }

    static LandCase open(String parkId, UUID parcelId, CaseKind kind, LocalDate on, String suggestion, String actor,
            OffsetDateTime now) {
        LandCase c = new LandCase();
        c.id = UUID.randomUUID();
        c.parkId = parkId;
        c.parcelId = parcelId;
        c.kind = kind;
        c.status = CaseStatus.INVESTIGATING;
        c.statusSince = on;
        c.openedOn = on;
        c.suggestion = suggestion;
        c.suggestedOn = on;
        c.created(actor, now);
        return c;
    }

    void determined(Cause cause, GovernmentCause governmentCause) {
        this.cause = cause;
        this.governmentCause = cause == Cause.GOVERNMENT ? governmentCause : null;
    }

    void suggested(String suggestion, LocalDate on) {
        this.suggestion = suggestion;
        this.suggestedOn = on;
    }

    void decided(DisposalMethod method, String decision, BigDecimal idleFee) {
        this.method = method;
        this.decision = decision;
        this.idleFee = idleFee;
    }

    void disposed(LocalDate on, BigDecimal area, UUID takeoverId, String takeoverName, BigDecimal recovered, BigDecimal paid) {
        this.disposedOn = on;
        this.areaDisposedMu = area;
        this.takeoverId = takeoverId;
        this.takeoverName = takeoverName;
        this.amountRecovered = recovered;
        this.amountPaid = paid;
    }

    void moveTo(CaseStatus to, LocalDate on, String actor, OffsetDateTime now) {
        status = to;
        statusSince = on;
        touched(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getParcelId() {
        return parcelId;
    }

    public CaseKind getKind() {
        return kind;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Cause getCause() {
        return cause;
    }

    public GovernmentCause getGovernmentCause() {
        return governmentCause;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public LocalDate getSuggestedOn() {
        return suggestedOn;
    }

    public DisposalMethod getMethod() {
        return method;
    }

    public String getDecision() {
        return decision;
    }

    public BigDecimal getAreaDisposedMu() {
        return areaDisposedMu;
    }

    public UUID getTakeoverId() {
        return takeoverId;
    }

    public String getTakeoverName() {
        return takeoverName;
    }

    public BigDecimal getIdleFee() {
        return idleFee;
    }

    public BigDecimal getAmountRecovered() {
        return amountRecovered;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }
}
