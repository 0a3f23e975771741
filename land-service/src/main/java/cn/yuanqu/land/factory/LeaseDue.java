package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An amount a lease owes: the deposit once, rent and property fee per month (period YYYY-MM). No field initialisers. */
@Entity
@Table(name = "lease_due")
public class LeaseDue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private UUID leaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChargeKind kind;

    @Column(updatable = false)
    private String period;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    protected LeaseDue() {
        // for Hibernate
    }

    static LeaseDue of(Lease l, ChargeKind kind, String period, LocalDate dueOn, BigDecimal amount) {
        LeaseDue d = new LeaseDue();
        d.parkId = l.getParkId();
        d.leaseId = l.getId();
        d.kind = kind;
        d.period = period;
        d.dueOn = dueOn;
        d.amount = amount;
        return d;
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
