package app.kindred.couple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A couple as views and other features see it, partners loaded.
 *
 * @param erasedAt when a clinic admin erased the couple's personal data, {@code null} if never
 */
public record CoupleSummary(long id, long clinicId, long clinicianId, String reference, CoupleStatus status,
        LocalDate startedOn, long version, List<PartnerSummary> partners, Instant erasedAt) {

    public PartnerSummary partner(PartnerLabel label) {
        return partners.stream().filter(p -> p.label() == label).findFirst().orElseThrow();
    }

    public String partnerNames() {
        return partner(PartnerLabel.A).displayName() + " & " + partner(PartnerLabel.B).displayName();
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Refuses anything that would add personal data to a couple whose data was erased. */
    public CoupleSummary requireNotErased() {
        if (isErased()) {
            throw new CoupleErasedException(reference);
        }
        return this;
    }

    /** The neutral label an erased partner's name is replaced by. */
    public static String erasedName(PartnerLabel label) {
        return "Erased partner " + label.name();
    }

    public record PartnerSummary(long id, PartnerLabel label, String displayName, String email, String pronouns) {
    }

    static CoupleSummary of(Couple c) {
        return new CoupleSummary(c.getId(), c.getClinicId(), c.getClinicianId(), c.getReference(), c.getStatus(),
                c.getStartedOn(), c.getVersion(), c.getPartners().stream()
                        .map(p -> new PartnerSummary(p.getId(), p.getLabel(), p.getDisplayName(), p.getEmail(),
                                p.getPronouns()))
                        .toList(), c.getErasedAt());
    }
}
