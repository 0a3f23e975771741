package cn.yuanqu.land.factory;

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

/** A payment against a due of a lease, with its receipt. Never changed. No field initialisers. */
@Entity
@Table(name = "lease_payment")
public class LeasePayment {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private UUID leaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChargeKind kind;

    @Column(updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "receipt_no", nullable = false, updatable = false)
    private String receiptNo;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LeasePayment() {
        // for Hibernate
    }

    static LeasePayment of(Lease l, PaymentInput input, String actor, OffsetDateTime now) {
        LeasePayment p = new LeasePayment();
        p.id = UUID.randomUUID();
        p.parkId = l.getParkId();
        p.leaseId = l.getId();
        p.kind = input.kind();
        p.period = input.kind() == ChargeKind.DEPOSIT ? null : input.period();
        p.amount = input.amount();
        p.paidOn = input.paidOn();
        p.receiptNo = input.receiptNo().strip();
        p.recordedBy = actor;
        p.recordedAt = now;
        return p;
    }

    public UUID getId() {
        return id;
    }

    public UUID getLeaseId() {
        return leaseId;
    }

    public ChargeKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
