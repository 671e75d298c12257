package app.kindred.couple;

import app.kindred.audit.AuditService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Couples of the caller's caseload: a clinician reaches only their own, an admin every couple of
 * the clinic. Other features ask {@link #requireAccessible} before touching anything a couple owns.
 */
@Service
@Validated
public class CoupleService {

    private final CoupleRepository couples;
    private final AuditService audit;
    private final Clock clock;

    CoupleService(CoupleRepository couples, AuditService audit, Clock clock) {
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary create(@Valid NewCoupleData data) {
        KindredUser user = CurrentUser.require();
        long clinicianId = user.isAdmin() && data.clinicianId() != null ? data.clinicianId() : user.clinicianId();
        String reference = StringUtils.hasText(data.reference()) ? data.reference().trim() : nextReference(user.clinicId());
        if (couples.existsByClinicIdAndReference(user.clinicId(), reference)) {
            throw new IllegalArgumentException("The reference " + reference + " is already used in this clinic.");
        }
        Couple couple = new Couple(user.clinicId(), clinicianId, reference, data.startedOn(), clock.instant());
        couple.addPartner(PartnerLabel.A, data.partnerA().displayName().trim(), blankToNull(data.partnerA().email()),
                blankToNull(data.partnerA().pronouns()));
        couple.addPartner(PartnerLabel.B, data.partnerB().displayName().trim(), blankToNull(data.partnerB().email()),
                blankToNull(data.partnerB().pronouns()));
        couples.save(couple);
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_CREATED", "COUPLE", couple.getId(), reference);
        return CoupleSummary.of(couple);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary get(long coupleId) {
        return CoupleSummary.of(load(coupleId));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public Optional<CoupleSummary> findByReference(String reference) {
        KindredUser user = CurrentUser.require();
        return couples.findWithPartnersByClinicIdAndReference(user.clinicId(), reference)
                .filter(c -> mayAccess(user, c))
                .map(CoupleSummary::of);
    }

    /**
     * Checks that the caller may work with this couple and returns it; otherwise records the
     * attempt and answers as if the couple did not exist.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary requireAccessible(long coupleId) {
        return get(coupleId);
    }

    /**
     * Only for a client who holds a valid invitation link: which clinic the couple belongs to, so
     * the questionnaire can greet them with the clinic's name. Reveals nothing else.
     */
    @Transactional(readOnly = true)
    public long clinicOfInvitedCouple(long coupleId) {
        return couples.findById(coupleId).orElseThrow(CoupleNotFoundException::new).getClinicId();
    }

    /**
     * Only for invitation mail and reminders, which may run with no one signed in: where the
     * invitation for this partner goes and on whose behalf. Reveals nothing about the other partner.
     */
    @Transactional(readOnly = true)
    public Invitee inviteeOf(long coupleId, long partnerId) {
        Couple couple = couples.findWithPartnersById(coupleId).orElseThrow(CoupleNotFoundException::new);
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(CoupleNotFoundException::new);
        return new Invitee(couple.getClinicId(), couple.getClinicianId(), partner.getDisplayName(), partner.getEmail());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CaseloadCounts caseloadCounts() {
        KindredUser user = CurrentUser.require();
        if (user.isAdmin()) {
            return new CaseloadCounts(couples.countByClinicId(user.clinicId()),
                    couples.countByClinicIdAndStatus(user.clinicId(), CoupleStatus.ACTIVE));
        }
        return new CaseloadCounts(couples.countByClinicIdAndClinicianId(user.clinicId(), user.clinicianId()),
                couples.countByClinicIdAndClinicianIdAndStatus(user.clinicId(), user.clinicianId(), CoupleStatus.ACTIVE));
    }

    /** The next free {@code C-0001}-style reference of the clinic. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public String suggestReference() {
        return nextReference(CurrentUser.require().clinicId());
    }

    private String nextReference(long clinicId) {
        int highest = couples.generatedReferences(clinicId).stream()
                .map(ref -> ref.substring(2))
                .filter(digits -> digits.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt)
                .max().orElse(0);
        return "C-%04d".formatted(highest + 1);
    }

    private Couple load(long coupleId) {
        KindredUser user = CurrentUser.require();
        Optional<Couple> couple = couples.findWithPartnersById(coupleId);
        if (couple.isPresent() && mayAccess(user, couple.get())) {
            return couple.get();
        }
        audit.recordAlone(user.clinicId(), user.getUsername(), "COUPLE_ACCESS_REFUSED", "COUPLE", coupleId,
                couple.isPresent() ? "not in the caller's caseload" : "no such couple");
        throw new CoupleNotFoundException();
    }

    static boolean mayAccess(KindredUser user, Couple couple) {
        return couple.getClinicId() == user.clinicId()
                && (user.isAdmin() || couple.getClinicianId() == user.clinicianId());
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    public record CaseloadCounts(long couples, long activeCouples) {
    }

    /** One partner as an invitation addresses them; {@code email} is empty when they have none. */
    public record Invitee(long clinicId, long clinicianId, String displayName, String email) {
    }
}
