package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One enterprise's result in a year's evaluation: the figures it was scored on (kept as evaluated, so a
 * later correction of a monthly report does not silently change a published class), its indicator scores,
 * total, rank within its population and class. Written only by an evaluation, never edited.
 */
@Entity
@Table(name = "efficiency_result")
public class EfficiencyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private Long evaluationId;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", nullable = false, updatable = false)
    private String enterpriseName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Population population;

    @Column(name = "land_mu", nullable = false, updatable = false)
    private BigDecimal landMu;

    @Column(nullable = false, updatable = false)
    private int parcels;

    @Column(name = "months_reported", nullable = false, updatable = false)
    private int monthsReported;

    @Column(nullable = false, updatable = false)
    private BigDecimal revenue;

    @Column(nullable = false, updatable = false)
    private BigDecimal tax;

    @Column(name = "value_added", nullable = false, updatable = false)
    private BigDecimal valueAdded;

    @Column(name = "energy_tce", nullable = false, updatable = false)
    private BigDecimal energyTce;

    @Column(nullable = false, updatable = false)
    private BigDecimal rd;

    @Column(updatable = false)
    private BigDecimal employees;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false, updatable = false)
    private JsonNode scores;

    @Column(nullable = false, updatable = false)
    private BigDecimal score;

    @Column(nullable = false, updatable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Grade grade;

    protected EfficiencyResult() {
        // for Hibernate
    }

    static EfficiencyResult of(EfficiencyEvaluation evaluation, Scored s) {
        Holder h = s.holder();
        EfficiencyResult r = new EfficiencyResult();
        r.evaluationId = evaluation.getId();
        r.parkId = evaluation.getParkId();
        r.year = evaluation.getYear();
        r.enterpriseId = UUID.fromString(h.enterpriseId());
        r.enterpriseName = h.name();
        r.population = h.population();
        r.landMu = h.landMu();
        r.parcels = h.parcels();
        r.monthsReported = h.monthsReported();
        r.revenue = h.revenue();
        r.tax = h.tax();
        r.valueAdded = h.valueAdded();
        r.energyTce = h.energyTce();
        r.rd = h.rd();
        r.employees = h.employees();
        r.scores = Json.items(s.scores());
        r.score = s.score();
        r.rank = s.rank();
        r.grade = s.grade();
        return r;
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public Population getPopulation() {
        return population;
    }

    public BigDecimal getLandMu() {
        return landMu;
    }

    public int getParcels() {
        return parcels;
    }

    public int getMonthsReported() {
        return monthsReported;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getValueAdded() {
        return valueAdded;
    }

    public BigDecimal getEnergyTce() {
        return energyTce;
    }

    public BigDecimal getRd() {
        return rd;
    }

    public BigDecimal getEmployees() {
        return employees;
    }

    List<IndicatorScore> getScores() {
        return Json.items(scores, IndicatorScore[].class);
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getRank() {
        return rank;
    }

    public Grade getGrade() {
        return grade;
    }
}
