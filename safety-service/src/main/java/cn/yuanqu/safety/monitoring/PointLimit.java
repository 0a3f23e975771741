package cn.yuanqu.safety.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One limit of a monitoring point. No field initialisers. */
@Entity
@Table(name = "point_limit")
public class PointLimit {

    /** Point and indicator. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "point_id", nullable = false)
        private UUID pointId;

        @Column(nullable = false)
        private String indicator;

        protected Key() {
            // for Hibernate
        }

        Key(UUID pointId, Indicator indicator) {
            this.pointId = pointId;
            this.indicator = indicator.name();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pointId, k.pointId) && Objects.equals(indicator, k.indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pointId, indicator);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    protected PointLimit() {
        // for Hibernate
    }

    static PointLimit of(UUID pointId, Indicator indicator, Limit limit) {
        PointLimit l = new PointLimit();
        l.key = new Key(pointId, indicator);
        l.min = limit.min();
        l.max = limit.max();
        return l;
    }

    void set(Limit limit) {
        min = limit.min();
        max = limit.max();
    }

    UUID pointId() {
        return key.pointId;
    }

    Indicator indicator() {
        return Indicator.valueOf(key.indicator);
    }

    Limit limit() {
        return new Limit(min, max);
    }
}
