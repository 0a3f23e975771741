package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A park's own thresholds; a park without a row uses {@link Thresholds#NATIONAL}. No field initialisers. */
@Entity
@Table(name = "eligibility_settings")
public class EligibilitySettings {

    @Id
    @Column(name = "park_id")
    private String parkId;

    @Column(name = "above_scale_revenue", nullable = false)
    private BigDecimal aboveScaleRevenue;
    @Column(name = "innovative_pass_score", nullable = false)
    private int innovativePassScore;
    @Column(name = "innovative_min_innovation", nullable = false)
    private int innovativeMinInnovation;
    @Column(name = "innovative_min_growth", nullable = false)
    private int innovativeMinGrowth;
    @Column(name = "innovative_min_specialization", nullable = false)
    private int innovativeMinSpecialization;
    @Column(name = "innovative_direct_equity", nullable = false)
    private BigDecimal innovativeDirectEquity;
    @Column(name = "specialized_min_niche_years", nullable = false)
    private int specializedMinNicheYears;
    @Column(name = "specialized_min_rd", nullable = false)
    private BigDecimal specializedMinRd;
    @Column(name = "specialized_min_rd_ratio", nullable = false)
    private BigDecimal specializedMinRdRatio;
    @Column(name = "specialized_min_revenue", nullable = false)
    private BigDecimal specializedMinRevenue;
    @Column(name = "specialized_alt_equity", nullable = false)
    private BigDecimal specializedAltEquity;
    @Column(name = "high_tech_band_small", nullable = false)
    private BigDecimal highTechBandSmall;
    @Column(name = "high_tech_band_large", nullable = false)
    private BigDecimal highTechBandLarge;
    @Column(name = "high_tech_rd_ratio_small", nullable = false)
    private BigDecimal highTechRdRatioSmall;
    @Column(name = "high_tech_rd_ratio_mid", nullable = false)
    private BigDecimal highTechRdRatioMid;
    @Column(name = "high_tech_rd_ratio_large", nullable = false)
    private BigDecimal highTechRdRatioLarge;
    @Column(name = "high_tech_min_st_staff", nullable = false)
    private BigDecimal highTechMinStStaff;
    @Column(name = "high_tech_min_product_share", nullable = false)
    private BigDecimal highTechMinProductShare;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected EligibilitySettings() {
        // for Hibernate
    }

    static EligibilitySettings of(String parkId, Thresholds t, String actor, OffsetDateTime now) {
        EligibilitySettings s = new EligibilitySettings();
        s.parkId = parkId;
        s.apply(t, actor, now);
        return s;
    }

    void apply(Thresholds t, String actor, OffsetDateTime now) {
        aboveScaleRevenue = t.aboveScaleRevenue();
        innovativePassScore = t.innovativePassScore();
        innovativeMinInnovation = t.innovativeMinInnovation();
        innovativeMinGrowth = t.innovativeMinGrowth();
        innovativeMinSpecialization = t.innovativeMinSpecialization();
        innovativeDirectEquity = t.innovativeDirectEquity();
        specializedMinNicheYears = t.specializedMinNicheYears();
        specializedMinRd = t.specializedMinRd();
        specializedMinRdRatio = t.specializedMinRdRatio();
        specializedMinRevenue = t.specializedMinRevenue();
        specializedAltEquity = t.specializedAltEquity();
        highTechBandSmall = t.highTechBandSmall();
        highTechBandLarge = t.highTechBandLarge();
        highTechRdRatioSmall = t.highTechRdRatioSmall();
        highTechRdRatioMid = t.highTechRdRatioMid();
        highTechRdRatioLarge = t.highTechRdRatioLarge();
        highTechMinStStaff = t.highTechMinStStaff();
        highTechMinProductShare = t.highTechMinProductShare();
        updatedAt = now;
        updatedBy = actor;
    }

    Thresholds thresholds() {
        return new Thresholds(aboveScaleRevenue, innovativePassScore, innovativeMinInnovation, innovativeMinGrowth,
                innovativeMinSpecialization, innovativeDirectEquity, specializedMinNicheYears, specializedMinRd,
                specializedMinRdRatio, specializedMinRevenue, specializedAltEquity, highTechBandSmall, highTechBandLarge,
                highTechRdRatioSmall, highTechRdRatioMid, highTechRdRatioLarge, highTechMinStStaff, highTechMinProductShare);
    }

    public String getParkId() {
        return parkId;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
