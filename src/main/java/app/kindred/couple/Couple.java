package app.kindred.couple;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A couple in therapy with one clinician of one clinic; always exactly two partners. */
@Entity
@Table(name = "couple")
public class Couple extends AbstractEntity {

    @Column(name = "clinic_id", nullable = false)
    private Long clinicId;

    @Column(name = "clinician_id", nullable = false)
    private Long clinicianId;

    @Column(name = "reference", nullable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CoupleStatus status = CoupleStatus.ACTIVE;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "couple", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("label")
    private List<Partner> partners = new ArrayList<>();

    protected Couple() {
    }

    public Couple(Long clinicId, Long clinicianId, String reference, LocalDate startedOn, Instant createdAt) {
        this.clinicId = clinicId;
        this.clinicianId = clinicianId;
        this.reference = reference;
        this.startedOn = startedOn;
        this.createdAt = createdAt;
    }

    public Partner addPartner(PartnerLabel label, String displayName, String email, String pronouns) {
        Partner partner = new Partner(this, label, displayName, email, pronouns);
        partners.add(partner);
        return partner;
    }

    public Partner partner(PartnerLabel label) {
        return partners.stream().filter(p -> p.getLabel() == label).findFirst().orElseThrow();
    }

    public Long getClinicId() {
        return clinicId;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void assignTo(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public void setStatus(CoupleStatus status) {
        this.status = status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    /**
     * Replaces both partners' names by neutral labels and drops their contact details; the
     * couple keeps its reference, sessions and answers as anonymous statistics.
     */
    void erase(Instant now) {
        partners.forEach(Partner::erase);
        this.erasedAt = now;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public long getVersion() {
        return version;
    }
}
