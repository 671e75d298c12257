package app.kindred.invitation;

import java.time.Instant;

/**
 * A freshly created invitation with its raw link and what became of its email. The link exists
 * only here, in memory: after this it can be re-sent (which makes a new one) but never shown again.
 */
public record IssuedInvitation(InvitationSummary invitation, String link, Instant expiresAt, Delivery delivery) {

    IssuedInvitation withDelivery(Delivery outcome) {
        return new IssuedInvitation(invitation, link, expiresAt, outcome);
    }
}
