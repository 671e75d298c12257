package app.kindred.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One partner's submitted answers as stored, for the couple's data export.
 *
 * @param answers item code to value (1–7), in code order
 */
public record SubmittedResponse(long id, long invitationId, long sessionId, long partnerId, String instrumentId,
        int instrumentVersion, Instant submittedAt, int closeness, Map<String, Integer> answers) {

    static SubmittedResponse of(Response r) {
        return new SubmittedResponse(r.getId(), r.getInvitationId(), r.getSessionId(), r.getPartnerId(),
                r.getInstrumentId(), r.getInstrumentVersion(), r.getSubmittedAt(), r.getCloseness(),
                new TreeMap<>(r.getAnswers()));
    }
}
