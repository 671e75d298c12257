package app.kindred.observation;

import app.kindred.questionnaire.Condition;
import java.util.Set;

/**
 * Form input for writing or editing an observation.
 *
 * @param text what the clinician observed; required, at most {@value ObservationService#MAX_LENGTH} characters
 * @param sessionId one of the couple's sessions, or {@code null} for a note on the couple as a whole
 * @param conditions the conditions the note is about; {@code null} means none
 */
public record ObservationData(String text, Long sessionId, Set<Condition> conditions) {

    public ObservationData {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
    }

    public static ObservationData of(String text) {
        return new ObservationData(text, null, Set.of());
    }
}
