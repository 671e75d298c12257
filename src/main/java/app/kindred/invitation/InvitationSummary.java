package app.kindred.invitation;

import app.kindred.couple.PartnerLabel;
import java.time.Instant;

/** An invitation as the session view shows it: status and the time of each step. */
public record InvitationSummary(long id, long sessionId, long partnerId, PartnerLabel partner, InvitationStatus status,
        InvitationChannel channel, Instant createdAt, Instant expiresAt, Instant sentAt, Instant openedAt,
        Instant completedAt, Instant revokedAt, Instant expiredAt, String deliveryError) {

    static InvitationSummary of(Invitation i, PartnerLabel partner) {
        return new InvitationSummary(i.getId(), i.getSessionId(), i.getPartnerId(), partner, i.getStatus(),
                i.getChannel(), i.getCreatedAt(), i.getExpiresAt(), i.getSentAt(), i.getOpenedAt(), i.getCompletedAt(),
                i.getRevokedAt(), i.getExpiredAt(), i.getDeliveryError());
    }
}
