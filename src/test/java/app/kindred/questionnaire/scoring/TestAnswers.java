package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.InstrumentRegistry;
import app.kindred.questionnaire.Item;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Builds answers and scores for tests, in the words of the hand-worked examples. */
final class TestAnswers {

    static final Instrument EIC_22 = InstrumentRegistry.loadDefault().get("eic-22", 1);

    private TestAnswers() {
    }

    /** Every positively worded item answered {@code positive}, every reverse-keyed one {@code reverse}. */
    static Map<String, Integer> uniform(int positive, int reverse) {
        Map<String, Integer> values = new HashMap<>();
        for (Item item : EIC_22.items()) {
            values.put(item.code(), item.reverseKeyed() ? reverse : positive);
        }
        return values;
    }

    static Answers answers(Map<String, Integer> values) {
        return new Answers(values, 5);
    }

    /** Scores with the given condition scores; conditions not named get {@code others}. */
    static PartnerScores scores(double others, Map<Condition, Double> overrides) {
        Map<Condition, Double> conditions = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            conditions.put(condition, overrides.getOrDefault(condition, others));
        }
        return PartnerScores.of(ConditionScores.of(conditions), null);
    }

    /** Every condition at {@code score}, so both halves and the index are {@code score} too. */
    static PartnerScores scores(double score) {
        return scores(score, Map.of());
    }

    /** Every PARTNER condition at {@code partner}, every SELF condition at {@code self}. */
    static PartnerScores halves(double partner, double self) {
        Map<Condition, Double> conditions = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            conditions.put(condition, condition.half() == Half.PARTNER ? partner : self);
        }
        return PartnerScores.of(ConditionScores.of(conditions), null);
    }
}
