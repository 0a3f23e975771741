package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An amount recovered (追偿) on a non-performing loan. Never updated. */
@Entity
@Table(name = "loan_recovery")
public class LoanRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "loan_id", nullable = false, updatable = false)
    private UUID loanId;

    @Column(name = "recovered_on", nullable = false, updatable = false)
    private LocalDate recoveredOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LoanRecovery() {
        // for Hibernate
    }

    static LoanRecovery of(Loan loan, RecoveryInput input, String actor, OffsetDateTime now) {
        LoanRecovery r = new LoanRecovery();
        r.parkId = loan.getParkId();
        r.loanId = loan.getId();
        r.recoveredOn = input.recoveredOn();
        r.amount = input.amount();
        r.note = input.note();
        r.actor = actor;
        r.recordedAt = now;
        return r;
    }

    public Long getId() {
        return id;
    }

    public UUID getLoanId() {
        return loanId;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }
}
