package app.kindred.questionnaire;

import java.util.Objects;

/**
 * One scored statement. {@code code} is stable across versions (answers are stored by it);
 * a reverse-keyed item is negatively worded, so its answer is mirrored before scoring.
 */
public record Item(String code, Condition condition, boolean reverseKeyed, String text) {

    public Item {
        // Interned so that a code read back by Jackson (which interns JSON field names) matches by
        // identity, and scoring skips the character comparison.
        code = Objects.requireNonNull(code, "code").intern();
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(text, "text");
    }

    public Half half() {
        return condition.half();
    }
}
