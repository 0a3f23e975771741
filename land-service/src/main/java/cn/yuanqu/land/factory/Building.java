package cn.yuanqu.land.factory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A standard factory building (标准厂房) of the zone; its units are {@link FactoryUnit} rows. No field initialisers. */
@Entity
@Table(name = "factory_building")
public class Building extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String location;

    @Column(nullable = false)
    private int floors;

    @Column(name = "built_on")
    private LocalDate builtOn;

    protected Building() {
        // for Hibernate
    }

    static Building of(String parkId, BuildingInput input, String actor, OffsetDateTime now) {
        Building b = new Building();
        b.id = UUID.randomUUID();
        b.parkId = parkId;
        b.code = input.code().strip();
        b.name = input.name().strip();
        b.location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
        b.floors = input.floors();
        b.builtOn = input.builtOn();
        b.created(actor, now);
        return b;
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

    public int getFloors() {
        return floors;
    }

    public LocalDate getBuiltOn() {
        return builtOn;
    }
}
