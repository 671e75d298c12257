package app.kindred.privacy;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.invitation.InvitationService;
import app.kindred.observation.ObservationService;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Erases one couple's personal data in one transaction, each feature clearing its own part through
 * its service: either every trace goes, or (on any failure) nothing changes.
 */
@Component
class CoupleErasure {

    static final String EMAIL_LABEL = "[email erased]";

    private final CoupleService couples;
    private final ObservationService observations;
    private final InvitationService invitations;
    private final AuditService audit;

    CoupleErasure(CoupleService couples, ObservationService observations, InvitationService invitations,
            AuditService audit) {
        this.couples = couples;
        this.observations = observations;
        this.invitations = invitations;
        this.audit = audit;
    }

    @Transactional
    ErasureResult erase(long coupleId, String typedReference) {
        CoupleSummary couple = couples.get(coupleId);
        if (typedReference == null || !typedReference.equals(couple.reference())) {
            throw new IllegalArgumentException("Type the reference " + couple.reference()
                    + " exactly as shown to erase this couple.");
        }
        couple.requireNotErased();
        // Read before the names are gone: the audit log is searched for exactly these.
        Map<String, String> secrets = secretsOf(couple);
        couples.erasePartners(coupleId);
        int texts = observations.eraseTextsOfCouple(coupleId);
        int revoked = invitations.closeForErasure(coupleId);
        int redacted = audit.redactCoupleEvents(coupleId, secrets);
        ErasureResult result = new ErasureResult(couple.reference(), texts, revoked, redacted);
        KindredUser user = CurrentUser.require();
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_ERASED", "COUPLE", coupleId, result.auditDetails());
        return result;
    }

    /** Each partner's name and email, mapped to what replaces it in the audit log. */
    private static Map<String, String> secretsOf(CoupleSummary couple) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (PartnerSummary partner : couple.partners()) {
            if (StringUtils.hasText(partner.displayName())) {
                secrets.put(partner.displayName(), CoupleSummary.erasedName(partner.label()));
            }
            if (StringUtils.hasText(partner.email())) {
                secrets.put(partner.email(), EMAIL_LABEL);
            }
        }
        return secrets;
    }
}
