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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of invitations: create (one live link per partner per session, so a
 * re-send revokes the old link), revoke, and list with their statuses.
 */
@Service
public class InvitationService {

    private static final List<InvitationStatus> LIVE = List.of(InvitationStatus.PENDING, InvitationStatus.OPENED);

    private final InvitationRepository invitations;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final InvitationLinks links;
    private final AuditService audit;
    private final Clock clock;
    private final Duration expiry;

    InvitationService(InvitationRepository invitations, TherapySessionService sessions, CoupleService couples,
            InvitationLinks links, AuditService audit, Clock clock,
            @Value("${kindred.invitations.expiry:7d}") Duration expiry) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.couples = couples;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** Creates a new link for one partner; any live link of theirs for this session stops working. */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public IssuedInvitation invite(long sessionId, PartnerLabel label) {
        SessionSummary session = sessions.requireAccessible(sessionId);
        PartnerSummary partner = couples.get(session.coupleId()).partner(label);
        if (!invitations.findBySessionIdAndPartnerIdAndStatusIn(sessionId, partner.id(),
                List.of(InvitationStatus.COMPLETED)).isEmpty()) {
            throw new IllegalArgumentException(partner.displayName() + " has already answered for session "
                    + session.number() + ".");
        }
        Instant now = clock.instant();
        KindredUser user = CurrentUser.require();
        for (Invitation live : invitations.findBySessionIdAndPartnerIdAndStatusIn(sessionId, partner.id(), LIVE)) {
            live.revoke(now);
            audit.record(user.clinicId(), user.getUsername(), "INVITATION_REVOKED", "INVITATION", live.getId(),
                    "replaced by a new link");
        }
        invitations.flush();
        String token = InvitationToken.newToken();
        InvitationChannel channel = partner.email() == null ? InvitationChannel.LINK : InvitationChannel.EMAIL;
        Invitation invitation = invitations.save(new Invitation(sessionId, partner.id(), InvitationToken.hash(token),
                channel, now, now.plus(expiry)));
        audit.record(user.clinicId(), user.getUsername(), "INVITATION_CREATED", "COUPLE", session.coupleId(),
                "session " + session.number() + ", partner " + label);
        return new IssuedInvitation(InvitationSummary.of(invitation, label), links.linkFor(token),
                invitation.getExpiresAt());
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
        return InvitationSummary.of(invitation, labelOf(session.coupleId(), invitation.getPartnerId()));
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

    private PartnerLabel labelOf(long coupleId, long partnerId) {
        return partnerLabels(couples.get(coupleId)).get(partnerId);
    }

    private static Map<Long, PartnerLabel> partnerLabels(CoupleSummary couple) {
        return couple.partners().stream().collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::label,
                (x, y) -> x, java.util.HashMap::new));
    }
}
