package app.kindred.invitation;

import java.time.Instant;

/**
 * An opened link as the client's questionnaire sees it. Anything but {@link LinkState#OPEN} carries
 * no clinic, name or id, so a bad link reveals nothing.
 */
public record ClientLink(LinkState state, long invitationId, String clinicName, Instant expiresAt) {

    static ClientLink closed(LinkState state) {
        return new ClientLink(state, 0, null, null);
    }

    public boolean isOpen() {
        return state == LinkState.OPEN;
    }
}
