package app.kindred.questionnaire.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One partner's raw answers: item code to the value chosen, and the unscored closeness answer.
 * Not validated here: the {@link Scorer} checks them against the instrument version they were
 * answered on, because only that version knows which codes and values are valid.
 *
 * <p>Immutable. Held as two parallel arrays rather than a map because the scorer walks every
 * answer of every response it scores; plain ints avoid unboxing and keep one response's answers
 * side by side in memory.
 */
public final class Answers {

    private final String[] codes;
    private final int[] values;
    private final Integer closeness;

    /**
     * @param values    item code to answer; a {@code null} value counts as not answered
     * @param closeness 0–10, or {@code null} when the partner skipped the unscored closeness question
     */
    public Answers(Map<String, Integer> values, Integer closeness) {
        Objects.requireNonNull(values, "values");
        int answered = 0;
        String[] codes = new String[values.size()];
        int[] numbers = new int[values.size()];
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            if (entry.getValue() != null) {
                codes[answered] = Objects.requireNonNull(entry.getKey(), "item code");
                numbers[answered] = entry.getValue();
                answered++;
            }
        }
        this.codes = answered == codes.length ? codes : Arrays.copyOf(codes, answered);
        this.values = answered == numbers.length ? numbers : Arrays.copyOf(numbers, answered);
        this.closeness = closeness;
    }

    /** A new unmodifiable map of the answered items, in the order they were given. */
    public Map<String, Integer> values() {
        Map<String, Integer> map = new LinkedHashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            map.put(codes[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The answer to one item, or {@code null} if it was not answered. */
    public Integer value(String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return values[i];
            }
        }
        return null;
    }

    public Integer closeness() {
        return closeness;
    }

    /** How many items were answered. */
    public int size() {
        return codes.length;
    }

    String codeAt(int index) {
        return codes[index];
    }

    int valueAt(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values().equals(that.values()) && Objects.equals(closeness, that.closeness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values(), closeness);
    }

    @Override
    public String toString() {
        return "Answers" + values() + ", closeness=" + closeness;
    }
}
