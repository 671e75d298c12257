package app.kindred.questionnaire;

import java.util.Objects;

/** The words shown under one point of an answer scale, e.g. 1 = "Strongly disagree". */
public record ScaleAnchor(int value, String label) {

    public ScaleAnchor {
        Objects.requireNonNull(label, "label");
    }
}
