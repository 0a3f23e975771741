package cn.yuanqu.land.efficiency;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A park's evaluation of one year: the scheme applied, when and by whom; its results are {@link EfficiencyResult} rows. */
@Entity
@Table(name = "efficiency_evaluation")
public class EfficiencyEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "scheme_year")
    private Integer schemeYear;

    /** The scheme applied, as JSON text. */
    @Column(nullable = false)
    private String scheme;

    @Column(nullable = false)
    private int enterprises;

    @Column(name = "evaluated_at", nullable = false)
    private OffsetDateTime evaluatedAt;

    @Column(name = "evaluated_by", nullable = false)
    private String evaluatedBy;

    @Version
    private long version;

    protected EfficiencyEvaluation() {
        // for Hibernate
    }

    static EfficiencyEvaluation of(String parkId, int year) {
        EfficiencyEvaluation e = new EfficiencyEvaluation();
        e.parkId = parkId;
        e.year = year;
        return e;
    }

    /** Records this (re-)evaluation: the scheme applied (from the park's {@code schemeYear}, or the built-in one). */
    void evaluated(Integer schemeYear, Scheme applied, int enterprises, String actor, OffsetDateTime now) {
        this.schemeYear = schemeYear;
        this.scheme = Json.text(applied);
        this.enterprises = enterprises;
        this.evaluatedBy = actor;
        this.evaluatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public Integer getSchemeYear() {
        return schemeYear;
    }

    Scheme getScheme() {
        return Json.read(scheme, Scheme.class);
    }

    public int getEnterprises() {
        return enterprises;
    }

    public OffsetDateTime getEvaluatedAt() {
        return evaluatedAt;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }
}
