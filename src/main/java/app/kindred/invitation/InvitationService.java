package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of invitations: invite one or both partners (emailed when the partner has
 * an address and a mail server is configured), re-send (a new link; the old one stops working),
 * revoke, and list with their statuses. The result of every invite says whether the email went
 * out, so the clinician knows when to pass the link on by hand.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final InvitationIssuer issuer;
    private final InvitationDelivery delivery;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final AuditService audit;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, InvitationIssuer issuer, InvitationDelivery delivery,
            TherapySessionService sessions, CoupleService couples, AuditService audit, Clock clock) {
        this.invitations = invitations;
        this.issuer = issuer;
        this.delivery = delivery;
        this.sessions = sessions;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new link for one partner, emailed when possible; their live link for this session stops working. */
    @RolesAllowed(AppRoles.CLINICIAN)
    public IssuedInvitation invite(long sessionId, PartnerLabel label) {
        return deliver(issuer.issue(sessionId, label));
    }

    /** Invites both partners at once (or the one who has not answered yet). */
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<IssuedInvitation> inviteBoth(long sessionId) {
        return issuer.issueBoth(sessionId).stream().map(this::deliver).toList();
    }

    /** A new link for the same partner and session; the invitation's link stops working. */
    @RolesAllowed(AppRoles.CLINICIAN)
    public IssuedInvitation resend(long invitationId) {
        InvitationIssuer.Target target = issuer.targetOf(invitationId);
        return deliver(issuer.issue(target.sessionId(), target.label()));
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public InvitationSummary revoke(long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new IllegalArgumentException("This invitation does not exist."));
        SessionSummary session = sessions.requireAccessible(invitation.getSessionId());
        if (invitation.getStatus().isLive()) {
            invitation.revoke(clock.instant());
            KindredUser user = CurrentUser.require();
            audit.record(user.clinicId(), user.getUsername(), "INVITATION_REVOKED", "COUPLE", session.coupleId(),
                    "invitation " + invitationId);
        }
        return InvitationSummary.of(invitation, partnerLabels(couples.get(session.coupleId()))
                .get(invitation.getPartnerId()));
    }

    /** Every invitation of one session, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<InvitationSummary> invitationsOfSession(long sessionId) {
        SessionSummary session = sessions.requireAccessible(sessionId);
        Map<Long, PartnerLabel> labels = partnerLabels(couples.get(session.coupleId()));
        return invitations.findBySessionIdOrderByCreatedAt(sessionId).stream()
                .map(i -> InvitationSummary.of(i, labels.get(i.getPartnerId())))
                .toList();
    }

    /** Every invitation of the couple's sessions, oldest first, grouped by session id. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public Map<Long, List<InvitationSummary>> invitationsOfCouple(long coupleId) {
        List<SessionSummary> coupleSessions = sessions.sessionsOf(coupleId);
        Map<Long, PartnerLabel> labels = partnerLabels(couples.get(coupleId));
        return invitations.findBySessionIdInOrderByCreatedAt(coupleSessions.stream().map(SessionSummary::id).toList())
                .stream()
                .map(i -> InvitationSummary.of(i, labels.get(i.getPartnerId())))
                .collect(Collectors.groupingBy(InvitationSummary::sessionId));
    }

    /**
     * Revokes the couple's live links and drops delivery errors (which may quote an address). Only
     * one step of {@code CouplePrivacyService}'s erasure; the invitations themselves stay.
     *
     * @return how many live links were revoked
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public int closeForErasure(long coupleId) {
        List<Long> sessionIds = sessions.sessionsOf(coupleId).stream().map(SessionSummary::id).toList();
        int revoked = 0;
        for (Invitation invitation : invitations.findBySessionIdInOrderByCreatedAt(sessionIds)) {
            if (invitation.getStatus().isLive()) {
                invitation.revoke(clock.instant());
                revoked++;
            }
            invitation.forgetDeliveryError();
        }
        invitations.flush();
        return revoked;
    }

    private IssuedInvitation deliver(IssuedInvitation issued) {
        return issued.withDelivery(delivery.deliver(issued, CurrentUser.require().getUsername()));
    }

    private static Map<Long, PartnerLabel> partnerLabels(CoupleSummary couple) {
        return couple.partners().stream().collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::label,
                (x, y) -> x, HashMap::new));
    }
}
