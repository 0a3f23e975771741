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

/** One indicator measured in a sample, with the limit it was judged against. No field initialisers. */
@Entity
@Table(name = "measurement")
public class Measurement {

    /** Sample and indicator. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "sample_id", nullable = false)
        private UUID sampleId;

        @Column(nullable = false)
        private String indicator;

        protected Key() {
            // for Hibernate
        }

        Key(UUID sampleId, Indicator indicator) {
            this.sampleId = sampleId;
            this.indicator = indicator.name();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sampleId, k.sampleId) && Objects.equals(indicator, k.indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sampleId, indicator);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Column(name = "min_value", updatable = false)
    private BigDecimal min;

    @Column(name = "max_value", updatable = false)
    private BigDecimal max;

    @Column(nullable = false, updatable = false)
    private boolean exceeded;

    protected Measurement() {
        // for Hibernate
    }

    /** Judged against {@code limit} (null: the point has no limit for this indicator). */
    static Measurement of(UUID sampleId, Indicator indicator, BigDecimal value, Limit limit) {
        Measurement m = new Measurement();
        m.key = new Key(sampleId, indicator);
        m.value = value;
        m.min = limit == null ? null : limit.min();
        m.max = limit == null ? null : limit.max();
        m.exceeded = limit != null && limit.exceededBy(value);
        return m;
    }

    UUID sampleId() {
        return key.sampleId;
    }

    Indicator indicator() {
        return Indicator.valueOf(key.indicator);
    }

    BigDecimal value() {
        return value;
    }

    Limit limit() {
        return min == null && max == null ? null : new Limit(min, max);
    }

    boolean exceeded() {
        return exceeded;
    }
}
