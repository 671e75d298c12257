package app.kindred.questionnaire;

import java.util.List;
import java.util.Objects;

/** An answer scale from {@code min} to {@code max} inclusive, with labels for some or all points. */
public record Scale(int min, int max, List<ScaleAnchor> anchors) {

    public Scale {
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
