package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money paid to an enterprise under a policy (惠企政策兑现). Idempotent by park and reference; never updated. */
@Entity
@Table(name = "policy_payout")
public class PolicyPayout {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(nullable = false, updatable = false)
    private String policy;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PolicyPayout() {
        // for Hibernate
    }

    static PolicyPayout pay(UUID id, String parkId, UUID enterpriseId, PayoutInput input, String actor, OffsetDateTime now) {
        PolicyPayout p = new PolicyPayout();
        p.id = id;
        p.parkId = parkId;
        p.enterpriseId = enterpriseId;
        p.policy = input.policy().strip();
        p.amount = input.amount();
        p.paidOn = input.paidOn();
        p.reference = input.reference().strip();
        p.createdAt = now;
        p.createdBy = actor;
        return p;
    }

    boolean sameAs(UUID enterprise, PayoutInput input) {
        return enterpriseId.equals(enterprise) && policy.equals(input.policy().strip())
                && amount.compareTo(input.amount()) == 0 && paidOn.equals(input.paidOn());
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getPolicy() {
        return policy;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
