package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** Standard factory buildings (标准厂房) with their units, and who rents each unit today. */
@ApplicationScoped
public class FactoryService {

    static final String ENTITY = "factory-building";

    private final FactoryRepository buildings;
    private final LeaseRepository leases;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public FactoryService(FactoryRepository buildings, LeaseRepository leases, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.buildings = buildings;
        this.leases = leases;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<BuildingView>> list(String park) {
        return buildings.ofPark(parks.scope().resolve(park)).flatMap(this::views);
    }

    @WithSession
    public Uni<BuildingView> get(String id) {
        ParkScope scope = parks.scope();
        UUID uuid = Ids.parse(id, "id");
        return buildings.findById(uuid).flatMap(b -> {
            if (b == null || !scope.allows(b.getParkId())) {
                throw new NotFoundException("厂房", "factory building", uuid);
            }
            return views(List.of(b)).map(l -> l.get(0));
        });
    }

    /** Registers a building with its units (unit codes unique within it). */
    @WithTransaction
    public Uni<BuildingView> register(String park, @NotNull @Valid BuildingInput input) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("厂房由土地规划干部登记", "factory buildings are recorded by land officers");
        }
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        List<Violation> bad = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < input.units().size(); k++) {
            UnitInput u = input.units().get(k);
            if (!codes.add(u.code().strip())) {
                bad.add(new Violation("units[" + k + "].code", "Unique", "单元编号重复", "the unit code appears twice"));
            }
            if (u.floor() > input.floors()) {
                bad.add(new Violation("units[" + k + "].floor", "WithinBuilding", "楼层超过楼栋层数", "above the building's floors"));
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        return buildings.codeTaken(resolved, input.code().strip()).flatMap(taken -> {
            if (taken) {
                throw duplicateCode();
            }
            Building b = Building.of(resolved, input, actor, OffsetDateTime.now(clock));
            Uni<Void> saved = buildings.persist(b).replaceWithVoid();
            for (UnitInput u : input.units()) {
                saved = saved.chain(() -> buildings.save(FactoryUnit.of(b, u)));
            }
            return saved.chain(() -> buildings.flush()).chain(() -> views(List.of(b))).map(l -> l.get(0))
                    .call(v -> audit.record(resolved, ENTITY, v.id(), "register", actor, null, v, null));
        }).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateCode());
    }

    /** Views with units and today's occupancy: two queries whatever the number of buildings. */
    private Uni<List<BuildingView>> views(List<Building> list) {
        LocalDate today = LocalDate.now(clock);
        return buildings.unitsOf(list.stream().map(Building::getId).toList()).flatMap(units -> leases
                .occupancy(units.stream().map(FactoryUnit::getId).toList(), today).map(occupied -> {
                    Map<String, Object[]> byUnit = new HashMap<>();
                    occupied.forEach(r -> byUnit.put((String) r[0], r));
                    Map<UUID, List<FactoryUnit>> byBuilding = units.stream().collect(Collectors.groupingBy(FactoryUnit::getBuildingId));
                    return list.stream().map(b -> {
                        List<UnitView> us = byBuilding.getOrDefault(b.getId(), List.of()).stream().map(u -> {
                            Object[] o = byUnit.get(u.getId().toString());
                            return new UnitView(u.getId().toString(), u.getCode(), u.getFloor(), u.getAreaM2(),
                                    o == null ? null : (String) o[1], o == null ? null : (String) o[2], o == null ? null : (String) o[3]);
                        }).toList();
                        BigDecimal total = us.stream().map(UnitView::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
                        BigDecimal let = us.stream().filter(u -> u.leaseId() != null).map(UnitView::areaM2)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        return new BuildingView(b.getId().toString(), b.getParkId(), b.getCode(), b.getName(), b.getLocation(),
                                b.getFloors(), b.getBuiltOn(), total, let, total.subtract(let), us, b.getVersion());
                    }).toList();
                }));
    }

    private static ConflictException duplicateCode() {
        return new ConflictException("duplicate-building", "楼栋编号已存在", "the building code is already used",
                List.of(new Violation("code", "Unique", "本园区已有该编号的厂房", "the park already has a building of that code")));
    }
}
