package app.kindred.observation;

import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What a text and a session must be before an observation takes them, with messages for people. */
@Component
class ObservationRules {

    private final TherapySessionService sessions;

    ObservationRules(TherapySessionService sessions) {
        this.sessions = sessions;
    }

    /** The text to store: stripped of surrounding blanks, never empty, never too long. */
    String validText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Write the observation before saving it.");
        }
        if (stripped.length() > ObservationService.MAX_LENGTH) {
            throw new IllegalArgumentException(String.format(Locale.UK,
                    "An observation has at most %,d characters; this one has %,d. Split it into two.",
                    ObservationService.MAX_LENGTH, stripped.length()));
        }
        return stripped;
    }

    /** A session, if any, must be one of the couple's own. */
    void requireSessionOf(long coupleId, Long sessionId) {
        if (sessionId == null) {
            return;
        }
        // Looked up among this couple's sessions, so an id of another couple's session reveals nothing.
        boolean ofCouple = sessions.sessionsOf(coupleId).stream().map(SessionSummary::id).anyMatch(sessionId::equals);
        if (!ofCouple) {
            throw new IllegalArgumentException("Choose one of this couple's sessions, or no session.");
        }
    }
}
