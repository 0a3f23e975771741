package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A loan to an enterprise under a park scheme, with the dates of its end. No field initialisers. */
@Entity
@Table(name = "loan")
public class Loan extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LoanScheme scheme;

    @Column(name = "scheme_name")
    private String schemeName;

    @Column(nullable = false, updatable = false)
    private String bank;

    @Column(name = "contract_no", nullable = false, updatable = false)
    private String contractNo;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LoanStatus status;

    @Column(name = "repaid_on")
    private LocalDate repaidOn;

    @Column(name = "non_performing_on")
    private LocalDate nonPerformingOn;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    protected Loan() {
        // for Hibernate
    }

    static Loan issue(UUID id, String parkId, UUID enterpriseId, LoanInput input, String actor, OffsetDateTime now) {
        Loan l = new Loan();
        l.id = id;
        l.parkId = parkId;
        l.enterpriseId = enterpriseId;
        l.bank = input.bank().strip();
        l.contractNo = input.contractNo().strip();
        l.status = LoanStatus.ACTIVE;
        l.created(actor, now);
        l.correct(input, actor, now);
        return l;
    }

    void correct(LoanInput input, String actor, OffsetDateTime now) {
        this.scheme = input.scheme();
        this.schemeName = input.schemeName() == null ? null : input.schemeName().strip();
        this.amount = input.amount();
        this.issuedOn = input.issuedOn();
        this.dueOn = input.dueOn();
        touched(actor, now);
    }

    /** Whether a push of {@code input} says nothing new about this loan. */
    boolean sameAs(UUID enterprise, LoanInput input) {
        return enterpriseId.equals(enterprise) && scheme == input.scheme()
                && Objects.equals(schemeName, input.schemeName() == null ? null : input.schemeName().strip())
                && amount.compareTo(input.amount()) == 0 && issuedOn.equals(input.issuedOn()) && dueOn.equals(input.dueOn());
    }

    void moveTo(LoanStatus to, LocalDate on, String actor, OffsetDateTime now) {
        switch (to) {
            case REPAID -> repaidOn = on;
            case NON_PERFORMING -> nonPerformingOn = on;
            case SETTLED -> settledOn = on;
            default -> throw new IllegalArgumentException(to.name());
        }
        this.status = to;
        touched(actor, now);
    }

    /** The date the current status began. */
    LocalDate statusSince() {
        return switch (status) {
            case ACTIVE -> issuedOn;
            case REPAID -> repaidOn;
            case NON_PERFORMING -> nonPerformingOn;
            case SETTLED -> settledOn;
        };
    }

    /** Overdue on {@code date}: still outstanding (not repaid, not turned non-performing) after its due date. */
    public boolean overdueOn(LocalDate date) {
        return !issuedOn.isAfter(date) && dueOn.isBefore(date) && (repaidOn == null || repaidOn.isAfter(date))
                && (nonPerformingOn == null || nonPerformingOn.isAfter(date));
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public LoanScheme getScheme() {
        return scheme;
    }

    public String getSchemeName() {
        return schemeName;
    }

    public String getBank() {
        return bank;
    }

    public String getContractNo() {
        return contractNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public LocalDate getRepaidOn() {
        return repaidOn;
    }

    public LocalDate getNonPerformingOn() {
        return nonPerformingOn;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
