package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.FlagThresholds;
import app.kindred.questionnaire.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the flag rules of DESIGN.md to one session of a couple, with every threshold read from
 * the instrument file. Thresholds are compared with unrounded scores (the numbers in the reasons
 * are rounded only for reading), via {@link Scores#atLeast} and {@link Scores#atMost} so that a
 * score exactly on a threshold by hand counts as reaching it.
 *
 * <p>One flag per finding, so each reason stays short; they come in {@link FlagType} order,
 * partner A before partner B.
 */
public final class FlagEvaluator {

    public List<Flag> evaluate(Instrument instrument, PartnerAssessment a, PartnerAssessment b) {
        FlagThresholds thresholds = instrument.thresholds();
        List<Flag> flags = new ArrayList<>();
        deterioration(instrument, a, flags);
        deterioration(instrument, b, flags);
        partnerGap(thresholds, a, b, flags);
        opennessBarrier(thresholds, a, flags);
        opennessBarrier(thresholds, b, flags);
        lowConditions(thresholds, a, flags);
        lowConditions(thresholds, b, flags);
        return List.copyOf(flags);
    }

    /**
     * "RCI ≤ −1.96 on the intimacy index" is read against the partner's previous assessment, not
     * the baseline: the flag should say "this just got worse", while the slower drift from the
     * baseline is shown beside the chart ("Change on the intimacy index") and in the PDFs.
     */
    private static void deterioration(Instrument instrument, PartnerAssessment partner, List<Flag> flags) {
        if (partner.latest() == null || partner.previous() == null) {
            return;
        }
        Change change = Change.between(partner.previous().index(), partner.latest().index(), instrument);
        if (change.changeClass() == ChangeClass.RELIABLY_DETERIORATED) {
            flags.add(new Flag(FlagType.RELIABLE_DETERIORATION, partner.label(),
                    "Reliable deterioration: " + partner.name() + "'s index fell from " + Scores.round(change.from())
                            + " to " + Scores.round(change.to()) + " (RCI " + Scores.twoDecimals(change.rci()) + ")"));
        }
    }

    private static void partnerGap(FlagThresholds thresholds, PartnerAssessment a, PartnerAssessment b,
            List<Flag> flags) {
        if (!a.responded() || !b.responded()) {
            return;
        }
        if (Scores.atLeast(Math.abs(a.latest().index() - b.latest().index()), thresholds.partnerGapIndex())) {
            flags.add(gap(a, b, a.latest().index(), b.latest().index(), "the index"));
        }
        for (Condition condition : Condition.values()) {
            double scoreA = a.latest().condition(condition);
            double scoreB = b.latest().condition(condition);
            if (Scores.atLeast(Math.abs(scoreA - scoreB), thresholds.partnerGapCondition())) {
                flags.add(gap(a, b, scoreA, scoreB, condition.label()));
            }
        }
    }

    private static Flag gap(PartnerAssessment a, PartnerAssessment b, double scoreA, double scoreB, String what) {
        return new Flag(FlagType.PARTNER_GAP, null, "Partner gap: " + a.name() + " " + Scores.round(scoreA)
                + " vs " + b.name() + " " + Scores.round(scoreB) + " on " + what);
    }

    private static void opennessBarrier(FlagThresholds thresholds, PartnerAssessment partner, List<Flag> flags) {
        PartnerScores scores = partner.latest();
        if (scores != null
                && Scores.atLeast(scores.partner(), thresholds.opennessPartnerAtLeast())
                && Scores.atMost(scores.self(), thresholds.opennessSelfAtMost())) {
            flags.add(new Flag(FlagType.OPENNESS_BARRIER, partner.label(), "Openness barrier: " + partner.name()
                    + " — partner offers " + Scores.round(scores.partner())
                    + ", own openness " + Scores.round(scores.self())));
        }
    }

    private static void lowConditions(FlagThresholds thresholds, PartnerAssessment partner, List<Flag> flags) {
        PartnerScores scores = partner.latest();
        if (scores == null) {
            return;
        }
        for (Condition condition : Condition.values()) {
            if (Scores.atMost(scores.condition(condition), thresholds.lowConditionAtMost())) {
                flags.add(new Flag(FlagType.LOW_CONDITION, partner.label(), "Low condition: " + partner.name()
                        + " — " + condition.label() + " " + Scores.round(scores.condition(condition))));
            }
        }
    }
}
