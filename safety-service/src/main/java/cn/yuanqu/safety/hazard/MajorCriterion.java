package cn.yuanqu.safety.hazard;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A major-hazard criterion (重大事故隐患判定标准): park {@code *} holds the national 2023 ones, a park's own
 * rows add criteria or, with the same code, override (e.g. deactivate) a national one.
 */
@Entity
@Table(name = "major_criterion")
@IdClass(MajorCriterion.Key.class)
public class MajorCriterion {

    public static final String NATIONAL = "*";

    @Id
    @Column(name = "park_id")
    private String parkId;

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionCategory category;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean active;

    protected MajorCriterion() {
        // for Hibernate
    }

    static MajorCriterion of(String parkId, CriterionInput input) {
        MajorCriterion c = new MajorCriterion();
        c.parkId = parkId;
        c.code = input.code().strip();
        c.apply(input);
        return c;
    }

    void apply(CriterionInput input) {
        category = input.category();
        text = input.text().strip();
        active = input.active();
    }

    public String getParkId() {
        return parkId;
    }

    public String getCode() {
        return code;
    }

    public CriterionCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public boolean isActive() {
        return active;
    }

    /** The composite key (park, code). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String parkId;
        private String code;

        public Key() {
        }

        public Key(String parkId, String code) {
            this.parkId = parkId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(parkId, k.parkId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parkId, code);
        }
    }
}
