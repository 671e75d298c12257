package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Half;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Both partners of one session side by side. Either may be {@code null} when that partner has not
 * responded; the couple index then stays empty rather than showing one partner's index as the couple's.
 */
public record CoupleComparison(PartnerScores a, PartnerScores b) {

    public boolean bothResponded() {
        return a != null && b != null;
    }

    public SideBySide condition(Condition condition) {
        return sideBySide(scores -> scores.condition(condition));
    }

    /** Every condition in {@link Condition} order, for tables and heatmaps. */
    public Map<Condition, SideBySide> conditions() {
        Map<Condition, SideBySide> rows = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            rows.put(condition, condition(condition));
        }
        return Collections.unmodifiableMap(rows);
    }

    public SideBySide half(Half half) {
        return sideBySide(scores -> scores.half(half));
    }

    public SideBySide index() {
        return sideBySide(PartnerScores::index);
    }

    /** Mean of both partners' intimacy indices; empty unless both responded. */
    public OptionalDouble coupleIndex() {
        return bothResponded() ? OptionalDouble.of((a.index() + b.index()) / 2) : OptionalDouble.empty();
    }

    private SideBySide sideBySide(ToDoubleFunction<PartnerScores> measure) {
        return new SideBySide(valueOf(a, measure), valueOf(b, measure));
    }

    private static OptionalDouble valueOf(PartnerScores scores, ToDoubleFunction<PartnerScores> measure) {
        return scores == null ? OptionalDouble.empty() : OptionalDouble.of(measure.applyAsDouble(scores));
    }
}
