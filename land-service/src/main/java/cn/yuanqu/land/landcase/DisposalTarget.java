package cn.yuanqu.land.landcase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A park's target share of its idle and inefficient stock to dispose of in a year. No field initialisers. */
@Entity
@Table(name = "disposal_target")
public class DisposalTarget extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "cleared_share", nullable = false)
    private BigDecimal clearedShare;

    private String note;

    protected DisposalTarget() {
        // for Hibernate
    }

    static DisposalTarget of(String parkId, int year, TargetInput input, String actor, OffsetDateTime now) {
        DisposalTarget t = new DisposalTarget();
        t.parkId = parkId;
        t.year = year;
        t.clearedShare = input.clearedShare();
        t.note = blankToNull(input.note());
        t.created(actor, now);
        return t;
    }

    /** Changes the target; false when it is already so (nothing to write). */
    boolean change(TargetInput input, String actor, OffsetDateTime now) {
        String n = blankToNull(input.note());
        if (clearedShare.compareTo(input.clearedShare()) == 0 && java.util.Objects.equals(note, n)) {
            return false;
        }
        clearedShare = input.clearedShare();
        note = n;
        touched(actor, now);
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getClearedShare() {
        return clearedShare;
    }

    public String getNote() {
        return note;
    }
}
