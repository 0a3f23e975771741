package cn.yuanqu.projects.targets;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A park's project targets for a year (年度目标). No field initialisers. */
@Entity
@Table(name = "annual_target")
@IdClass(AnnualTarget.Key.class)
public class AnnualTarget extends Audited {

    @Id
    @Column(name = "park_id")
    private String parkId;

    @Id
    private int year;

    @Column(name = "new_starts", nullable = false)
    private int newStarts;

    @Column(nullable = false)
    private int completions;

    @Column(name = "fixed_asset_investment", nullable = false)
    private BigDecimal fixedAssetInvestment;

    @Column(name = "signed_investment", nullable = false)
    private BigDecimal signedInvestment;

    protected AnnualTarget() {
        // for Hibernate
    }

    static AnnualTarget of(String parkId, int year, TargetInput input, String actor, OffsetDateTime now) {
        AnnualTarget t = new AnnualTarget();
        t.parkId = parkId;
        t.year = year;
        t.apply(input);
        t.created(actor, now);
        return t;
    }

    void update(TargetInput input, String actor, OffsetDateTime now) {
        apply(input);
        touched(actor, now);
    }

    private void apply(TargetInput input) {
        newStarts = input.newStarts();
        completions = input.completions();
        fixedAssetInvestment = input.fixedAssetInvestment();
        signedInvestment = input.signedInvestment();
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public int getNewStarts() {
        return newStarts;
    }

    public int getCompletions() {
        return completions;
    }

    public BigDecimal getFixedAssetInvestment() {
        return fixedAssetInvestment;
    }

    public BigDecimal getSignedInvestment() {
        return signedInvestment;
    }

    /** The composite key (park, year). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String parkId;
        private int year;

        public Key() {
        }

        public Key(String parkId, int year) {
            this.parkId = parkId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(parkId, k.parkId) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(parkId, year);
        }
    }
}
