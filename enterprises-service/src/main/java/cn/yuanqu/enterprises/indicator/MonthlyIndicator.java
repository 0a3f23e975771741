package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** The monthly report of one enterprise for one month. No field initialisers (see {@code Enterprise}). */
@Entity
@Table(name = "monthly_indicator")
public class MonthlyIndicator extends Audited {

    /** Who reported the figures. */
    public enum Source {
        ENTERPRISE, OFFICER, DEPARTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(nullable = false, updatable = false)
    private String month;

    @Column(name = "output_value", nullable = false)
    private BigDecimal outputValue;

    @Column(name = "operating_revenue", nullable = false)
    private BigDecimal operatingRevenue;

    @Column(name = "main_business_revenue", nullable = false)
    private BigDecimal mainBusinessRevenue;

    @Column(name = "value_added")
    private BigDecimal valueAdded;

    @Column(nullable = false)
    private BigDecimal profit;

    @Column(name = "tax_paid", nullable = false)
    private BigDecimal taxPaid;

    @Column(name = "vat_payable")
    private BigDecimal vatPayable;

    @Column(name = "rd_spending")
    private BigDecimal rdSpending;

    @Column(name = "energy_tce")
    private BigDecimal energyTce;

    private Integer employees;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    protected MonthlyIndicator() {
        // for Hibernate
    }

    static MonthlyIndicator report(String parkId, UUID enterpriseId, String month, IndicatorValues values, Source source,
            String actor, OffsetDateTime now) {
        MonthlyIndicator m = new MonthlyIndicator();
        m.parkId = parkId;
        m.enterpriseId = enterpriseId;
        m.month = month;
        m.created(actor, now);
        m.apply(values, source, actor, now);
        return m;
    }

    void apply(IndicatorValues v, Source source, String actor, OffsetDateTime now) {
        this.outputValue = money(v.outputValue());
        this.operatingRevenue = money(v.operatingRevenue());
        this.mainBusinessRevenue = money(v.mainBusinessRevenue());
        this.valueAdded = money(v.valueAdded());
        this.profit = money(v.profit());
        this.taxPaid = money(v.taxPaid());
        this.vatPayable = money(v.vatPayable());
        this.rdSpending = money(v.rdSpending());
        this.energyTce = v.energyTce() == null ? null : v.energyTce().setScale(3, RoundingMode.HALF_UP);
        this.employees = v.employees();
        this.source = source;
        touched(actor, now);
    }

    /** Whether these figures equal the stored ones (a repeated report changes nothing). */
    boolean sameAs(IndicatorValues v) {
        return eq(outputValue, v.outputValue()) && eq(operatingRevenue, v.operatingRevenue())
                && eq(mainBusinessRevenue, v.mainBusinessRevenue()) && eq(valueAdded, v.valueAdded())
                && eq(profit, v.profit()) && eq(taxPaid, v.taxPaid()) && eq(vatPayable, v.vatPayable())
                && eq(rdSpending, v.rdSpending()) && eq(energyTce, v.energyTce())
                && Objects.equals(employees, v.employees());
    }

    IndicatorValues values() {
        return new IndicatorValues(outputValue, operatingRevenue, mainBusinessRevenue, valueAdded, profit, taxPaid,
                vatPayable, rdSpending, energyTce, employees);
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getMonth() {
        return month;
    }

    public Source getSource() {
        return source;
    }
}
