package app.kindred.observation;

import app.kindred.questionnaire.Condition;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Condition tags as the {@code condition_tags} column holds them: codes in declaration order, comma-separated. */
final class ConditionTags {

    private ConditionTags() {
    }

    static String format(Collection<Condition> conditions) {
        return conditions.stream().sorted().map(Condition::name).collect(Collectors.joining(","));
    }

    static List<Condition> parse(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                .map(Condition::valueOf).sorted().toList();
    }
}
