package app.kindred.couple;

import java.time.LocalDate;
import java.util.List;

/** A couple as views and other features see it, partners loaded. */
public record CoupleSummary(long id, long clinicId, long clinicianId, String reference, CoupleStatus status,
        LocalDate startedOn, long version, List<PartnerSummary> partners) {

    public PartnerSummary partner(PartnerLabel label) {
        return partners.stream().filter(p -> p.label() == label).findFirst().orElseThrow();
    }

    public String partnerNames() {
        return partner(PartnerLabel.A).displayName() + " & " + partner(PartnerLabel.B).displayName();
    }

    public record PartnerSummary(long id, PartnerLabel label, String displayName, String email, String pronouns) {
    }

    static CoupleSummary of(Couple c) {
        return new CoupleSummary(c.getId(), c.getClinicId(), c.getClinicianId(), c.getReference(), c.getStatus(),
                c.getStartedOn(), c.getVersion(), c.getPartners().stream()
                        .map(p -> new PartnerSummary(p.getId(), p.getLabel(), p.getDisplayName(), p.getEmail(),
                                p.getPronouns()))
                        .toList());
    }
}
