package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.DraftService;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates invitation links in the database: one live link per partner per session (the database
 * enforces it too), so a new link revokes the partner's old one and takes over its draft answers.
 * Emailing is not done here, so that no transaction waits on a mail server.
 */
@Component
class InvitationIssuer {

    static final List<InvitationStatus> LIVE = List.of(InvitationStatus.PENDING, InvitationStatus.OPENED);

    private final InvitationRepository invitations;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final InvitationLinks links;
    private final DraftService drafts;
    private final AuditService audit;
    private final Clock clock;
    private final Duration expiry;

    InvitationIssuer(InvitationRepository invitations, TherapySessionService sessions, CoupleService couples,
            InvitationLinks links, DraftService drafts, AuditService audit, Clock clock,
            @Value("${kindred.invitations.expiry:7d}") Duration expiry) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.couples = couples;
        this.links = links;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Transactional
    public IssuedInvitation issue(long sessionId, PartnerLabel label) {
        SessionSummary session = sessions.requireAccessible(sessionId);
        PartnerSummary partner = couples.get(session.coupleId()).requireNotErased().partner(label);
        if (hasAnswered(sessionId, partner)) {
            throw new IllegalArgumentException(partner.displayName() + " has already answered for session "
                    + session.number() + ".");
        }
        return create(session, partner);
    }

    /** Both partners, or the one who has not answered yet; refused when both have answered. */
    @Transactional
    public List<IssuedInvitation> issueBoth(long sessionId) {
        SessionSummary session = sessions.requireAccessible(sessionId);
        CoupleSummary couple = couples.get(session.coupleId()).requireNotErased();
        List<IssuedInvitation> issued = new ArrayList<>();
        for (PartnerSummary partner : couple.partners()) {
            if (!hasAnswered(sessionId, partner)) {
                issued.add(create(session, partner));
            }
        }
        if (issued.isEmpty()) {
            throw new IllegalArgumentException("Both partners have already answered for session " + session.number()
                    + ".");
        }
        return issued;
    }

    /** Where a re-sent invitation goes: the same session and partner, checked for access. */
    @Transactional(readOnly = true)
    public Target targetOf(long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new IllegalArgumentException("This invitation does not exist."));
        SessionSummary session = sessions.requireAccessible(invitation.getSessionId());
        PartnerLabel label = couples.get(session.coupleId()).partners().stream()
                .filter(p -> p.id() == invitation.getPartnerId()).findFirst().orElseThrow().label();
        return new Target(session.id(), label);
    }

    private IssuedInvitation create(SessionSummary session, PartnerSummary partner) {
        Instant now = clock.instant();
        KindredUser user = CurrentUser.require();
        List<Invitation> replaced = invitations.findBySessionIdAndPartnerIdAndStatusIn(session.id(), partner.id(), LIVE);
        for (Invitation live : replaced) {
            live.revoke(now);
            audit.record(user.clinicId(), user.getUsername(), "INVITATION_REVOKED", "COUPLE", session.coupleId(),
                    "invitation " + live.getId() + " replaced by a new link");
        }
        // The revocations must reach the database before the insert, or the unique live key refuses it.
        invitations.flush();
        String token = InvitationToken.newToken();
        InvitationChannel channel = partner.email() == null ? InvitationChannel.LINK : InvitationChannel.EMAIL;
        Invitation invitation = invitations.save(new Invitation(session.id(), partner.id(),
                InvitationToken.hash(token), channel, now, now.plus(expiry)));
        invitations.flush();
        replaced.forEach(old -> drafts.moveAnswers(old.getId(), invitation.getId()));
        audit.record(user.clinicId(), user.getUsername(), "INVITATION_CREATED", "COUPLE", session.coupleId(),
                "session " + session.number() + ", partner " + partner.label() + ", invitation " + invitation.getId());
        return new IssuedInvitation(InvitationSummary.of(invitation, partner.label()), links.linkFor(token),
                invitation.getExpiresAt(), null);
    }

    private boolean hasAnswered(long sessionId, PartnerSummary partner) {
        return !invitations.findBySessionIdAndPartnerIdAndStatusIn(sessionId, partner.id(),
                List.of(InvitationStatus.COMPLETED)).isEmpty();
    }

    record Target(long sessionId, PartnerLabel label) {
    }
}
