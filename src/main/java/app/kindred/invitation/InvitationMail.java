package app.kindred.invitation;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Everything an invitation or reminder email says, and nothing clinical: no scores, no answers,
 * not the other partner's name. {@code clinicId} and {@code coupleId} are for the audit log only.
 */
record InvitationMail(long clinicId, long coupleId, String to, String recipientName, String clinicName,
        String clinicianName, String link, Instant expiresAt, ZoneId zone, boolean reminder) {
}
