package app.kindred.observation;

import app.kindred.questionnaire.Condition;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An observation as views see it, times in the clinic's time zone, with its addenda (oldest first)
 * nested under it.
 *
 * @param editedAt when the text was last changed, {@code null} if never
 * @param version what an edit or a signature must start from (optimistic locking)
 */
public record ObservationSummary(long id, long coupleId, Long sessionId, Long addendumToId, String text,
        List<Condition> conditions, long authorId, String authorName, ZonedDateTime writtenAt,
        ZonedDateTime editedAt, String signedBy, ZonedDateTime signedAt, long version,
        List<ObservationSummary> addenda) {

    public boolean isSigned() {
        return signedAt != null;
    }

    public boolean isAddendum() {
        return addendumToId != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }
}
