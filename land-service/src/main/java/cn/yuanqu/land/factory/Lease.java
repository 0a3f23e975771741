package cn.yuanqu.land.factory;

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

/**
 * A lease of factory units to an enterprise: area, term, rent and property fee per m² per month, the
 * 履约保证金; and how it ended. Its units are {@code lease_unit} rows; its dues and payments the ledger.
 * No field initialisers.
 */
@Entity
@Table(name = "lease")
public class Lease extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "contract_no", nullable = false, updatable = false)
    private String contractNo;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", nullable = false, updatable = false)
    private String enterpriseName;

    @Column(name = "area_m2", nullable = false, updatable = false)
    private BigDecimal areaM2;

    @Column(name = "start_on", nullable = false, updatable = false)
    private LocalDate startOn;

    @Column(name = "end_on", nullable = false, updatable = false)
    private LocalDate endOn;

    @Column(name = "rent_per_m2", nullable = false, updatable = false)
    private BigDecimal rentPerM2;

    @Column(name = "property_fee_per_m2", nullable = false, updatable = false)
    private BigDecimal propertyFeePerM2;

    @Column(nullable = false, updatable = false)
    private BigDecimal deposit;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private LeaseEndKind endKind;

    @Column(name = "end_reason")
    private String endReason;

    protected Lease() {
        // for Hibernate
    }

    static Lease of(String parkId, LeaseInput input, String enterpriseName, BigDecimal area, String actor, OffsetDateTime now) {
        Lease l = new Lease();
        l.id = UUID.randomUUID();
        l.parkId = parkId;
        l.contractNo = input.contractNo().strip();
        l.enterpriseId = UUID.fromString(input.enterpriseId().strip());
        l.enterpriseName = enterpriseName;
        l.areaM2 = area;
        l.startOn = input.startOn();
        l.endOn = input.endOn();
        l.rentPerM2 = input.rentPerM2();
        l.propertyFeePerM2 = input.propertyFeePerM2();
        l.deposit = input.deposit();
        l.created(actor, now);
        return l;
    }

    void end(LocalDate on, LeaseEndKind kind, String reason, String actor, OffsetDateTime now) {
        endedOn = on;
        endKind = kind;
        endReason = reason;
        touched(actor, now);
    }

    /** The last day the units are let: the end of the term, or the day it ended early. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(endOn) ? endedOn : endOn;
    }

    /** Whether the units are let on {@code day} (the day it ended is its last day). */
    public boolean letOn(LocalDate day) {
        return !day.isBefore(startOn) && !day.isAfter(lastDay());
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getContractNo() {
        return contractNo;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public BigDecimal getRentPerM2() {
        return rentPerM2;
    }

    public BigDecimal getPropertyFeePerM2() {
        return propertyFeePerM2;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LeaseEndKind getEndKind() {
        return endKind;
    }

    public String getEndReason() {
        return endReason;
    }
}
