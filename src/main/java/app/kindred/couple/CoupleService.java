package app.kindred.couple;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ClinicianService clinicians;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CoupleService(CoupleRepository couples, AuditService audit, ClinicianService clinicians, Clock clock,
            ApplicationEventPublisher events) {
        this.couples = couples;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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

    /**
     * Saves edits made from the version the form was opened on; if someone else saved in between,
     * the edit is refused rather than silently overwriting theirs.
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary update(long coupleId, long expectedVersion, @Valid NewCoupleData data) {
        Couple couple = load(coupleId);
        CoupleSummary.of(couple).requireNotErased();
        if (couple.getVersion() != expectedVersion) {
            throw new StaleCoupleException();
        }
        KindredUser user = CurrentUser.require();
        String reference = StringUtils.hasText(data.reference()) ? data.reference().trim() : couple.getReference();
        if (!reference.equals(couple.getReference()) && couples.existsByClinicIdAndReference(user.clinicId(), reference)) {
            throw new IllegalArgumentException("The reference " + reference + " is already used in this clinic.");
        }
        couple.setReference(reference);
        couple.partner(PartnerLabel.A).update(data.partnerA().displayName().trim(), blankToNull(data.partnerA().email()),
                blankToNull(data.partnerA().pronouns()));
        couple.partner(PartnerLabel.B).update(data.partnerB().displayName().trim(), blankToNull(data.partnerB().email()),
                blankToNull(data.partnerB().pronouns()));
        couples.saveAndFlush(couple);
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_EDITED", "COUPLE", coupleId, reference);
        return CoupleSummary.of(couple);
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary changeStatus(long coupleId, CoupleStatus status) {
        Couple couple = load(coupleId);
        couple.setStatus(status);
        KindredUser user = CurrentUser.require();
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_STATUS_CHANGED", "COUPLE", coupleId, status.name());
        return CoupleSummary.of(couples.saveAndFlush(couple));
    }

    /** An admin hands a couple to another clinician of the same clinic. */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public CoupleSummary reassign(long coupleId, long clinicianId) {
        Couple couple = load(coupleId);
        KindredUser user = CurrentUser.require();
        if (clinicians.findInMyClinic(clinicianId).filter(ClinicianSummary::active).isEmpty()) {
            throw new IllegalArgumentException("Choose an active clinician of this clinic.");
        }
        couple.assignTo(clinicianId);
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_REASSIGNED", "COUPLE", coupleId,
                "to clinician " + clinicianId);
        return CoupleSummary.of(couples.saveAndFlush(couple));
    }

    /**
     * Replaces both partners' names by neutral labels, drops their emails and pronouns and marks the
     * couple erased. Only one step of {@code CouplePrivacyService}'s erasure, which also clears what
     * other features copied and writes the audit event; never called as a side effect of anything.
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public CoupleSummary erasePartners(long coupleId) {
        Couple couple = load(coupleId);
        CoupleSummary.of(couple).requireNotErased();
        couple.erase(clock.instant());
        couples.saveAndFlush(couple);
        events.publishEvent(new CoupleErased(coupleId));
        return CoupleSummary.of(couple);
    }

    /** By the reference a clinician types or links to; the same refusal rules as by id. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleSummary getByReference(String reference) {
        KindredUser user = CurrentUser.require();
        return couples.findWithPartnersByClinicIdAndReference(user.clinicId(), reference)
                .map(c -> load(c.getId()))
                .map(CoupleSummary::of)
                .orElseGet(() -> {
                    // Only a reference that exists in some other clinic is an attempt worth recording.
                    if (couples.existsByReference(reference)) {
                        audit.recordAlone(user.clinicId(), user.getUsername(), "COUPLE_ACCESS_REFUSED", "COUPLE", null,
                                "reference " + reference + " is not in this clinic");
                    }
                    throw new CoupleNotFoundException();
                });
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

    /** For background work with no signed-in user; never from a view (see ArchitectureTest). */
    @Transactional(readOnly = true)
    public CoupleSummary getForSystem(long coupleId) {
        return couples.findWithPartnersById(coupleId).map(CoupleSummary::of).orElseThrow(CoupleNotFoundException::new);
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
