package cn.yuanqu.safety.duty;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An enterprise's attendance at a training, with how many of its people came. */
@Entity
@Table(name = "training_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "training_id")
    private UUID trainingId;

    @Id
    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(nullable = false)
    private int people;

    protected Attendance() {
        // for Hibernate
    }

    static Attendance of(UUID trainingId, UUID enterpriseId, String enterpriseName, int people) {
        Attendance a = new Attendance();
        a.trainingId = trainingId;
        a.enterpriseId = enterpriseId;
        a.enterpriseName = enterpriseName;
        a.people = people;
        return a;
    }

    public UUID getTrainingId() {
        return trainingId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public int getPeople() {
        return people;
    }

    /** The composite key (training, enterprise). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID trainingId;
        private UUID enterpriseId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(trainingId, k.trainingId) && Objects.equals(enterpriseId, k.enterpriseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trainingId, enterpriseId);
        }
    }
}
