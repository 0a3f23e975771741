package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A park's scoring rules for one year, as the officers set them. No field initialisers. */
@Entity
@Table(name = "efficiency_scheme")
public class EfficiencyScheme extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "max_ratio", nullable = false)
    private BigDecimal maxRatio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClassingMethod method;

    @Column(name = "a_share")
    private BigDecimal aShare;

    @Column(name = "b_share")
    private BigDecimal bShare;

    @Column(name = "d_share")
    private BigDecimal dShare;

    @Column(name = "a_min")
    private BigDecimal aMin;

    @Column(name = "b_min")
    private BigDecimal bMin;

    @Column(name = "c_min")
    private BigDecimal cMin;

    /** JSON text {@code {"items": [weights]}}. */
    @Column(nullable = false)
    private String weights;

    private record Weights(List<Weight> items) {
    }

    protected EfficiencyScheme() {
        // for Hibernate
    }

    static EfficiencyScheme of(String parkId, int year, Scheme s, String actor, OffsetDateTime now) {
        EfficiencyScheme e = new EfficiencyScheme();
        e.parkId = parkId;
        e.year = year;
        e.apply(s);
        e.created(actor, now);
        return e;
    }

    void change(Scheme s, String actor, OffsetDateTime now) {
        apply(s);
        touched(actor, now);
    }

    private void apply(Scheme s) {
        boolean percentile = s.method() == ClassingMethod.PERCENTILE;
        maxRatio = s.maxRatio();
        method = s.method();
        aShare = percentile ? s.aShare() : null;
        bShare = percentile ? s.bShare() : null;
        dShare = percentile ? s.dShare() : null;
        aMin = percentile ? null : s.aMin();
        bMin = percentile ? null : s.bMin();
        cMin = percentile ? null : s.cMin();
        weights = Json.text(new Weights(s.weights()));
    }

    Scheme toScheme() {
        return new Scheme(maxRatio, method, aShare, bShare, dShare, aMin, bMin, cMin, Json.read(weights, Weights.class).items());
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }
}
