package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicService.ClinicSummary;
import app.kindred.clinic.ClinicianService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleService.Invitee;
import app.kindred.invitation.InvitationMailer.MailNotSentException;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Emails invitations and reminders and records what happened on the invitation and in the audit
 * log. The sending itself runs outside any transaction: a slow mail server holds no database lock.
 */
@Component
class InvitationDelivery {

    private final InvitationRepository invitations;
    private final InvitationMailer mailer;
    private final InvitationLinks links;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final ClinicService clinics;
    private final ClinicianService clinicians;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    InvitationDelivery(InvitationRepository invitations, InvitationMailer mailer, InvitationLinks links,
            TherapySessionService sessions, CoupleService couples, ClinicService clinics, ClinicianService clinicians,
            AuditService audit, Clock clock, PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.links = links;
        this.sessions = sessions;
        this.couples = couples;
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Emails a new invitation if its partner has an address. */
    Delivery deliver(IssuedInvitation issued, String actor) {
        InvitationMail mail = tx.execute(status -> mailFor(invitations.findById(issued.invitation().id()).orElseThrow(),
                issued.link(), false));
        return mail == null ? Delivery.linkOnly() : send(issued.invitation().id(), mail, actor);
    }

    /**
     * Sends the one reminder of a live invitation, with a link of its own. The invitation is marked
     * reminded before the mail goes out, so a crash or a second node never sends it twice.
     */
    Delivery remind(long invitationId, Instant now) {
        String token = InvitationToken.newToken();
        InvitationMail mail = tx.execute(status -> {
            Invitation invitation = invitations.findById(invitationId).orElseThrow();
            if (!invitation.isUsableAt(now) || invitation.getRemindedAt() != null) {
                return null;
            }
            InvitationMail reminder = mailFor(invitation, links.linkFor(token), true);
            // Without an address (removed since) there is nothing to send; it is not tried again.
            invitation.markReminded(now, reminder == null ? null : InvitationToken.hash(token));
            return reminder;
        });
        return mail == null ? Delivery.linkOnly() : send(invitationId, mail, "system");
    }

    private Delivery send(long invitationId, InvitationMail mail, String actor) {
        try {
            mailer.send(mail);
        } catch (MailNotSentException e) {
            tx.executeWithoutResult(status -> {
                invitations.findById(invitationId).orElseThrow().markDeliveryFailed(e.getMessage());
                audit.record(mail.clinicId(), actor, "INVITATION_EMAIL_FAILED", "COUPLE", mail.coupleId(),
                        "invitation " + invitationId + ": " + e.getMessage());
            });
            return Delivery.failed();
        }
        tx.executeWithoutResult(status -> {
            Invitation invitation = invitations.findById(invitationId).orElseThrow();
            if (!mail.reminder()) {
                invitation.markSent(clock.instant());
            }
            audit.record(mail.clinicId(), actor, mail.reminder() ? "INVITATION_REMINDED" : "INVITATION_EMAILED",
                    "COUPLE", mail.coupleId(), "invitation " + invitationId);
        });
        return Delivery.sent(mail.to());
    }

    /** The mail for this invitation, or {@code null} when its partner has no email address. */
    private InvitationMail mailFor(Invitation invitation, String link, boolean reminder) {
        long coupleId = sessions.sessionForInvitation(invitation.getSessionId()).coupleId();
        Invitee invitee = couples.inviteeOf(coupleId, invitation.getPartnerId());
        if (!StringUtils.hasText(invitee.email())) {
            return null;
        }
        ClinicSummary clinic = clinics.summaryOf(invitee.clinicId());
        return new InvitationMail(clinic.id(), coupleId, invitee.email(), invitee.displayName(), clinic.name(),
                clinicians.displayNameOf(invitee.clinicianId()), link, invitation.getExpiresAt(),
                clinic.timezone(), reminder);
    }
}
