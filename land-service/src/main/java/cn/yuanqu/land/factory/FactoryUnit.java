package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of a factory building (a floor or part of one) with its area in m². No field initialisers. */
@Entity
@Table(name = "factory_unit")
public class FactoryUnit {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private UUID buildingId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int floor;

    @Column(name = "area_m2", nullable = false, updatable = false)
    private BigDecimal areaM2;

    protected FactoryUnit() {
        // for Hibernate
    }

    static FactoryUnit of(Building b, UnitInput input) {
        FactoryUnit u = new FactoryUnit();
        u.id = UUID.randomUUID();
        u.parkId = b.getParkId();
        u.buildingId = b.getId();
        u.code = input.code().strip();
        u.floor = input.floor();
        u.areaM2 = input.areaM2();
        return u;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public String getCode() {
        return code;
    }

    public int getFloor() {
        return floor;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }
}
