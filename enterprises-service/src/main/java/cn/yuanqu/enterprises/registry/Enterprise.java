package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/**
 * An enterprise of a park (一企一档). Persistence only: API types are {@link EnterpriseView} and
 * {@link EnterpriseInput}. State changes go through the methods below so the invariants hold
 * (status and scale only change through recorded transitions).
 */
@Entity
@Table(name = "enterprise")
public class Enterprise extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    /**
     * The contacts as JSON ({@link ContactBookJson}). No field initialisers in this class: Hibernate's
     * enhanced dirty tracking would count a constructor's write as a change of every loaded row.
     */
    @Column(name = "contacts", nullable = false)
    private String contactsJson;

    private String address;

    private String industry;

    @Column(name = "industry_chain")
    private String industryChain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnterpriseStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "above_scale", nullable = false)
    private boolean aboveScale;

    @Column(name = "above_scale_since")
    private LocalDate aboveScaleSince;

    private String grid;

    private String cadre;

    @Column(name = "settled_on", nullable = false)
    private LocalDate settledOn;

    protected Enterprise() {
        // for Hibernate
    }

    /** A newly registered enterprise: operating since it settled in the park, not above scale. */
    static Enterprise register(UUID id, String parkId, EnterpriseInput input, LocalDate settledOn, String actor,
            OffsetDateTime now) {
        Enterprise e = new Enterprise();
        e.id = id;
        e.parkId = parkId;
        e.status = EnterpriseStatus.OPERATING;
        e.statusSince = settledOn;
        e.settledOn = settledOn;
        e.aboveScale = false;
        e.created(actor, now);
        e.apply(input, actor, now);
        return e;
    }

    /** Overwrites the descriptive fields (not status, scale or settlement date). */
    void apply(EnterpriseInput input, String actor, OffsetDateTime now) {
        this.creditCode = input.creditCode();
        this.name = input.name().strip();
        this.legalRepresentative = input.legalRepresentative();
        this.contactsJson = ContactBookJson.write(input.contacts() == null ? List.of()
                : input.contacts().stream().map(c -> new Contact(c.name(), c.role(), c.phone())).toList());
        this.address = input.address();
        this.industry = input.industry();
        this.industryChain = input.industryChain();
        this.grid = input.grid();
        this.cadre = input.cadre();
        touched(actor, now);
    }

    void moveTo(EnterpriseStatus target, LocalDate since, String actor, OffsetDateTime now) {
        this.status = target;
        this.statusSince = since;
        touched(actor, now);
    }

    void changeScale(boolean above, LocalDate since, String actor, OffsetDateTime now) {
        this.aboveScale = above;
        this.aboveScaleSince = above ? since : null;
        touched(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public List<Contact> getContacts() {
        return ContactBookJson.read(contactsJson);
    }

    public String getAddress() {
        return address;
    }

    public String getIndustry() {
        return industry;
    }

    public String getIndustryChain() {
        return industryChain;
    }

    public EnterpriseStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public boolean isAboveScale() {
        return aboveScale;
    }

    public LocalDate getAboveScaleSince() {
        return aboveScaleSince;
    }

    public String getGrid() {
        return grid;
    }

    public String getCadre() {
        return cadre;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
