package app.kindred.couple;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "partner")
public class Partner extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "label", nullable = false, length = 1, columnDefinition = "char(1)")
    private PartnerLabel label;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "pronouns", length = 40)
    private String pronouns;

    protected Partner() {
    }

    Partner(Couple couple, PartnerLabel label, String displayName, String email, String pronouns) {
        this.couple = couple;
        this.label = label;
        update(displayName, email, pronouns);
    }

    void update(String displayName, String email, String pronouns) {
        this.displayName = displayName;
        this.email = email;
        this.pronouns = pronouns;
    }

    void erase() {
        update(CoupleSummary.erasedName(label), null, null);
    }

    public Couple getCouple() {
        return couple;
    }

    public PartnerLabel getLabel() {
        return label;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPronouns() {
        return pronouns;
    }
}
