package app.kindred.questionnaire;

import java.util.List;

/** Submit was refused: these questions (item codes, in questionnaire order) have no answer yet. */
public class IncompleteQuestionnaireException extends RuntimeException {

    private final List<String> missing;

    IncompleteQuestionnaireException(List<String> missing) {
        super(missing.size() == 1 ? "One question has no answer yet." : missing.size() + " questions have no answer yet.");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
