package app.kindred.questionnaire;

import java.util.Objects;

/** The unscored "how close do you feel right now" question, answered on its own scale (0–10). */
public record ClosenessItem(String code, String text, Scale scale) {

    public ClosenessItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scale, "scale");
    }
}
