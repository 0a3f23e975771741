package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** An enterprise's facts for a year beyond its monthly reports. No field initialisers. */
@Entity
@Table(name = "eligibility_fact")
public class EligibilityFact extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_level")
    private IpLevel ipLevel;
    @Column(name = "class_i_ip")
    private Integer classIIp;
    @Column(name = "debt_ratio")
    private BigDecimal debtRatio;
    @Column(name = "strategic_emerging")
    private Boolean strategicEmerging;
    @Column(name = "niche_years")
    private Integer nicheYears;
    @Column(name = "st_staff")
    private Integer stStaff;
    @Column(name = "high_tech_product_share")
    private BigDecimal highTechProductShare;
    @Column(name = "new_equity_2y")
    private BigDecimal newEquity2y;
    @Column(name = "new_equity_3y")
    private BigDecimal newEquity3y;
    @Column(name = "st_award_3y")
    private Boolean stAward3y;
    @Column(name = "provincial_rd_institution")
    private Boolean provincialRdInstitution;

    protected EligibilityFact() {
        // for Hibernate
    }

    static EligibilityFact of(String parkId, UUID enterpriseId, int year, FactsInput f, String actor, OffsetDateTime now) {
        EligibilityFact e = new EligibilityFact();
        e.id = UUID.randomUUID();
        e.parkId = parkId;
        e.enterpriseId = enterpriseId;
        e.year = year;
        e.created(actor, now);
        e.apply(f, actor, now);
        return e;
    }

    void apply(FactsInput f, String actor, OffsetDateTime now) {
        ipLevel = f.ipLevel();
        classIIp = f.classIIp();
        debtRatio = f.debtRatio();
        strategicEmerging = f.strategicEmerging();
        nicheYears = f.nicheYears();
        stStaff = f.stStaff();
        highTechProductShare = f.highTechProductShare();
        newEquity2y = f.newEquity2y();
        newEquity3y = f.newEquity3y();
        stAward3y = f.stAward3y();
        provincialRdInstitution = f.provincialRdInstitution();
        touched(actor, now);
    }

    FactsInput facts() {
        return new FactsInput(ipLevel, classIIp, debtRatio, strategicEmerging, nicheYears, stStaff, highTechProductShare,
                newEquity2y, newEquity3y, stAward3y, provincialRdInstitution);
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }
}
