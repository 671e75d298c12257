package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Half;
import java.util.Objects;

/**
 * One partner's unrounded scores for one response (all 0–100). Round only for display, with
 * {@link Scores#round(double)}.
 *
 * @param partner   PARTNER half: mean of the six PARTNER condition scores
 * @param self      SELF half: mean of the five SELF condition scores
 * @param index     intimacy index: (PARTNER + SELF) / 2, both halves weighing the same
 * @param closeness the unscored closeness answer (0–10), or {@code null} if skipped
 */
public record PartnerScores(ConditionScores conditions, double partner, double self, double index, Integer closeness) {

    private static final Condition[] CONDITIONS = Condition.values();

    public PartnerScores {
        Objects.requireNonNull(conditions, "conditions");
    }

    /** Derives the halves and the index from the condition scores, as DESIGN.md defines them. */
    public static PartnerScores of(ConditionScores conditions, Integer closeness) {
        double partnerSum = 0;
        double selfSum = 0;
        int partnerCount = 0;
        int selfCount = 0;
        for (Condition condition : CONDITIONS) {
            if (condition.half() == Half.PARTNER) {
                partnerSum += conditions.get(condition);
                partnerCount++;
            } else {
                selfSum += conditions.get(condition);
                selfCount++;
            }
        }
        double partner = partnerSum / partnerCount;
        double self = selfSum / selfCount;
        return new PartnerScores(conditions, partner, self, (partner + self) / 2, closeness);
    }

    public double condition(Condition condition) {
        return conditions.get(condition);
    }

    public double half(Half half) {
        return half == Half.PARTNER ? partner : self;
    }
}
