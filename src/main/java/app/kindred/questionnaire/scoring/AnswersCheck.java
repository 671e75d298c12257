package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains why answers were refused. Only runs once the scorer's fast pass has seen something
 * wrong, so it can afford lists and strings.
 */
final class AnswersCheck {

    private AnswersCheck() {
    }

    static boolean closenessValid(Instrument instrument, Answers answers) {
        Integer closeness = answers.closeness();
        return closeness == null || instrument.closeness().scale().contains(closeness);
    }

    static InvalidAnswersException explain(Instrument instrument, Answers answers) {
        List<String> missing = new ArrayList<>();
        List<String> outOfRange = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> outOfRangeValues = new ArrayList<>();
        for (Item item : instrument.items()) {
            Integer value = answers.value(item.code());
            if (value == null) {
                missing.add(item.code());
            } else if (!instrument.scale().contains(value)) {
                outOfRange.add(item.code());
                outOfRangeValues.add(item.code() + " = " + value);
            }
        }
        List<String> unknown = answers.values().keySet().stream()
                .filter(code -> instrument.position(code) < 0)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            parts.add("Missing answers: " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            parts.add("Unknown item codes for " + instrument.label() + ": " + String.join(", ", unknown));
        }
        if (!outOfRangeValues.isEmpty()) {
            parts.add("Answers outside " + range(instrument.scale()) + ": " + String.join(", ", outOfRangeValues));
        }
        if (!closenessValid(instrument, answers)) {
            Scale scale = instrument.closeness().scale();
            outOfRange.add(instrument.closeness().code());
            parts.add("Closeness answer outside " + range(scale) + ": " + answers.closeness());
        }
        return new InvalidAnswersException(String.join("; ", parts), missing, unknown, outOfRange);
    }

    private static String range(Scale scale) {
        return scale.min() + "–" + scale.max();
    }
}
