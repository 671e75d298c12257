package app.kindred.questionnaire.scoring;

import java.util.List;

/**
 * Answers that must not be scored. The message names every offending item, e.g.
 * "Missing answers: KINDNESS_2, TRUST_1"; the lists let a form point at the same items.
 */
public class InvalidAnswersException extends IllegalArgumentException {

    private final List<String> missing;
    private final List<String> unknown;
    private final List<String> outOfRange;

    InvalidAnswersException(String message, List<String> missing, List<String> unknown, List<String> outOfRange) {
        super(message);
        this.missing = List.copyOf(missing);
        this.unknown = List.copyOf(unknown);
        this.outOfRange = List.copyOf(outOfRange);
    }

    /** Codes of scored items without an answer, in the instrument's order. */
    public List<String> missing() {
        return missing;
    }

    /** Answered codes that the instrument version does not have, sorted. */
    public List<String> unknown() {
        return unknown;
    }

    /** Codes, the closeness item's included, whose value lies outside their scale. */
    public List<String> outOfRange() {
        return outOfRange;
    }
}
