package app.kindred.observation;

import app.kindred.questionnaire.Condition;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Every text an observation has had, oldest first; the last one is the current text.
 *
 * @param current the observation as it is now
 * @param versions numbered 1..n; versions 1..n-1 are the stored revisions
 */
public record ObservationHistory(ObservationSummary current, List<TextVersion> versions) {

    /** The texts that edits replaced, oldest first. */
    public List<TextVersion> earlierVersions() {
        return versions.subList(0, versions.size() - 1);
    }

    /**
     * One text of the observation and who wrote it when: the author for the first, the editor for
     * the others.
     */
    public record TextVersion(long number, String text, List<Condition> conditions, String writtenBy,
            ZonedDateTime writtenAt, boolean current) {
    }
}
