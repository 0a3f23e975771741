package cn.yuanqu.land.parcel;

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

import cn.yuanqu.land.idle.GovernmentCause;
import cn.yuanqu.land.idle.ParcelFacts;
import cn.yuanqu.platform.audit.Audited;

/** A parcel (宗地) of the park, with its facts and where it stands. No field initialisers. */
@Entity
@Table(name = "parcel")
public class Parcel extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String location;

    @Column(name = "area_mu", nullable = false)
    private BigDecimal areaMu;

    @Column(name = "land_use", nullable = false)
    private String landUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_method")
    private SupplyMethod supplyMethod;

    @Column(name = "holder_id")
    private UUID holderId;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "contract_no")
    private String contractNo;

    @Column(name = "contract_date")
    private LocalDate contractDate;

    @Column(name = "land_price")
    private BigDecimal landPrice;

    @Column(name = "agreed_start_on")
    private LocalDate agreedStartOn;

    @Column(name = "agreed_completion_on")
    private LocalDate agreedCompletionOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "promised_investment")
    private BigDecimal promisedInvestment;

    @Column(name = "plot_ratio_agreed")
    private BigDecimal plotRatioAgreed;

    @Column(name = "plot_ratio_actual")
    private BigDecimal plotRatioActual;

    @Column(name = "developed_share")
    private BigDecimal developedShare;

    @Column(name = "invested_share")
    private BigDecimal investedShare;

    @Column(name = "suspended_since")
    private LocalDate suspendedSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "government_cause")
    private GovernmentCause governmentCause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParcelStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    private String boundary;

    @Column(name = "boundary_area_m2")
    private BigDecimal boundaryAreaM2;

    protected Parcel() {
        // for Hibernate
    }

    static Parcel register(String parkId, ParcelInput input, String holderName, BigDecimal boundaryArea, String actor,
            OffsetDateTime now) {
        Parcel p = new Parcel();
        p.id = UUID.randomUUID();
        p.parkId = parkId;
        p.code = input.code().strip();
        p.name = input.name().strip();
        p.status = input.status();
        p.statusSince = input.statusSince();
        p.apply(input.facts(), holderName, boundaryArea);
        p.created(actor, now);
        return p;
    }

    void correct(ParcelFactsInput facts, String holderName, BigDecimal boundaryArea, String actor, OffsetDateTime now) {
        apply(facts, holderName, boundaryArea);
        touched(actor, now);
    }

    private void apply(ParcelFactsInput f, String holderName, BigDecimal boundaryArea) {
        location = blankToNull(f.location());
        areaMu = f.areaMu();
        landUse = f.landUse().strip();
        supplyMethod = f.supplyMethod();
        holderId = f.holderId() == null || f.holderId().isBlank() ? null : UUID.fromString(f.holderId().strip());
        this.holderName = holderId == null ? null : holderName;
        contractNo = blankToNull(f.contractNo());
        contractDate = f.contractDate();
        landPrice = f.landPrice();
        agreedStartOn = f.agreedStartOn();
        agreedCompletionOn = f.agreedCompletionOn();
        startedOn = f.startedOn();
        completedOn = f.completedOn();
        promisedInvestment = f.promisedInvestment();
        plotRatioAgreed = f.plotRatioAgreed();
        plotRatioActual = f.plotRatioActual();
        developedShare = f.developedShare();
        investedShare = f.investedShare();
        suspendedSince = f.suspendedSince();
        governmentCause = f.governmentCause();
        boundary = blankToNull(f.boundary());
        boundaryAreaM2 = boundary == null ? null : boundaryArea;
    }

    /** A dated status change; starting work and completing it record their dates when not known yet. */
    void moveTo(ParcelStatus to, LocalDate on, String actor, OffsetDateTime now) {
        if (to == ParcelStatus.UNDER_CONSTRUCTION) {
            if (startedOn == null) {
                startedOn = on;
            }
            suspendedSince = null;
        }
        if (to == ParcelStatus.BUILT && completedOn == null) {
            completedOn = on;
        }
        status = to;
        statusSince = on;
        touched(actor, now);
    }

    /** The facts 53号令 reads. */
    public ParcelFacts facts() {
        return new ParcelFacts(agreedStartOn, startedOn, developedShare, investedShare, suspendedSince, governmentCause, landPrice);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getAreaMu() {
        return areaMu;
    }

    public String getLandUse() {
        return landUse;
    }

    public SupplyMethod getSupplyMethod() {
        return supplyMethod;
    }

    public UUID getHolderId() {
        return holderId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getContractNo() {
        return contractNo;
    }

    public LocalDate getContractDate() {
        return contractDate;
    }

    public BigDecimal getLandPrice() {
        return landPrice;
    }

    public LocalDate getAgreedStartOn() {
        return agreedStartOn;
    }

    public LocalDate getAgreedCompletionOn() {
        return agreedCompletionOn;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public BigDecimal getPromisedInvestment() {
        return promisedInvestment;
    }

    public BigDecimal getPlotRatioAgreed() {
        return plotRatioAgreed;
    }

    public BigDecimal getPlotRatioActual() {
        return plotRatioActual;
    }

    public BigDecimal getDevelopedShare() {
        return developedShare;
    }

    public BigDecimal getInvestedShare() {
        return investedShare;
    }

    public LocalDate getSuspendedSince() {
        return suspendedSince;
    }

    public GovernmentCause getGovernmentCause() {
        return governmentCause;
    }

    public ParcelStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getBoundary() {
        return boundary;
    }

    public BigDecimal getBoundaryAreaM2() {
        return boundaryAreaM2;
    }
}
