package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The eleven unrounded condition scores (0–100) of one response, stored as one array indexed by
 * {@link Condition#ordinal()} because scoring builds one of these per dashboard row and PDF line.
 */
public final class ConditionScores {

    private final double[] scores;

    /** Takes ownership of the array, which the scorer filled and never touches again. */
    ConditionScores(double[] scores) {
        if (scores.length != Condition.COUNT) {
            throw new IllegalArgumentException("Expected " + Condition.COUNT + " condition scores, got " + scores.length);
        }
        this.scores = scores;
    }

    /** For tests and demo data: every condition must be present. */
    public static ConditionScores of(Map<Condition, Double> scores) {
        double[] array = new double[Condition.COUNT];
        for (Condition condition : Condition.values()) {
            Double score = scores.get(condition);
            if (score == null) {
                throw new IllegalArgumentException("No score for condition " + condition);
            }
            array[condition.ordinal()] = score;
        }
        return new ConditionScores(array);
    }

    public double get(Condition condition) {
        return scores[condition.ordinal()];
    }

    /** A copy in condition order, for views that iterate. */
    public Map<Condition, Double> asMap() {
        Map<Condition, Double> map = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            map.put(condition, scores[condition.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConditionScores that && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
