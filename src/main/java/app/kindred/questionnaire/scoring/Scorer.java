package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import java.util.List;

/**
 * The pure entry point from one partner's answers to their scores. Stateless and thread-safe.
 *
 * <p>The arithmetic is DESIGN.md's, with the scale ends taken from the instrument: a reverse-keyed
 * value becomes min + max − value and a condition score is (mean − min) × 100 / (max − min), which
 * on eic-22's 1–7 scale is 8 − value and (mean − 1) × 100 / 6, in that order of operations.
 *
 * <p>This runs for every dashboard row and PDF line, so the loop walks the answers' plain int
 * array, finds each code's item through the index the instrument built at load (conditions already
 * resolved), sums into the one array the result keeps, and only builds messages once something is
 * wrong. One response costs three small allocations: the array and two wrappers.
 */
public final class Scorer {

    public PartnerScores score(Instrument instrument, Answers answers) {
        List<Item> items = instrument.items();
        int min = instrument.scale().min();
        int max = instrument.scale().max();
        double[] scores = new double[Condition.COUNT];
        int answered = answers.size();
        // Answered codes are distinct (they came from a map), so if every one of them is an item
        // and there are as many as items, none is missing.
        boolean refused = answered != items.size();
        for (int i = 0; i < answered; i++) {
            int position = instrument.position(answers.codeAt(i));
            int value = answers.valueAt(i);
            if (position < 0 || value < min || value > max) {
                refused = true;
                continue;
            }
            Item item = items.get(position);
            scores[item.condition().ordinal()] += item.reverseKeyed() ? min + max - value : value;
        }
        if (refused || !AnswersCheck.closenessValid(instrument, answers)) {
            throw AnswersCheck.explain(instrument, answers);
        }
        double span = max - min;
        for (int c = 0; c < scores.length; c++) {
            double mean = scores[c] / Instrument.ITEMS_PER_CONDITION;
            scores[c] = (mean - min) * 100 / span;
        }
        return PartnerScores.of(new ConditionScores(scores), answers.closeness());
    }
}
