package cn.yuanqu.projects.progress;

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

import cn.yuanqu.platform.audit.Audited;

/** A project's progress report as of a date. No field initialisers. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    @Column(name = "report_date", nullable = false, updatable = false)
    private LocalDate reportDate;

    @Column(name = "cumulative_investment", nullable = false)
    private BigDecimal cumulativeInvestment;

    @Column(name = "image_progress", nullable = false)
    private BigDecimal imageProgress;

    private String milestone;

    @Column(name = "pipe_km")
    private BigDecimal pipeKm;

    @Column(name = "road_km")
    private BigDecimal roadKm;

    @Column(name = "levelled_mu")
    private BigDecimal levelledMu;

    @Column(name = "factory_m2")
    private BigDecimal factoryM2;

    protected ProgressReport() {
        // for Hibernate
    }

    static ProgressReport of(UUID id, String parkId, UUID projectId, ProgressInput input, String actor, OffsetDateTime now) {
        ProgressReport r = new ProgressReport();
        r.id = id;
        r.parkId = parkId;
        r.projectId = projectId;
        r.reportDate = input.reportDate();
        r.apply(input);
        r.created(actor, now);
        return r;
    }

    void correct(ProgressInput input, String actor, OffsetDateTime now) {
        apply(input);
        touched(actor, now);
    }

    private void apply(ProgressInput input) {
        kind = input.kind();
        cumulativeInvestment = input.cumulativeInvestment();
        imageProgress = input.imageProgress();
        milestone = input.milestone();
        pipeKm = input.pipeKm();
        roadKm = input.roadKm();
        levelledMu = input.levelledMu();
        factoryM2 = input.factoryM2();
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public BigDecimal getCumulativeInvestment() {
        return cumulativeInvestment;
    }

    public BigDecimal getImageProgress() {
        return imageProgress;
    }

    public String getMilestone() {
        return milestone;
    }

    public BigDecimal getPipeKm() {
        return pipeKm;
    }

    public BigDecimal getRoadKm() {
        return roadKm;
    }

    public BigDecimal getLevelledMu() {
        return levelledMu;
    }

    public BigDecimal getFactoryM2() {
        return factoryM2;
    }
}
