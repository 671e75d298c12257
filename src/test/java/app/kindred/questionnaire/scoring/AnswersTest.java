package app.kindred.questionnaire.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void an_item_answered_with_null_counts_as_not_answered() {
        Map<String, Integer> values = new HashMap<>();
        values.put("KINDNESS_1", 5);
        values.put("KINDNESS_2", null);

        Answers answers = new Answers(values, null);

        assertThat(answers.size()).isEqualTo(1);
        assertThat(answers.values()).containsOnlyKeys("KINDNESS_1");
        assertThat(answers.value("KINDNESS_2")).isNull();
    }

    @Test
    void answers_keep_their_order_and_ignore_later_changes_to_the_source_map() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("TRUST_2", 3);
        values.put("KINDNESS_1", 5);

        Answers answers = new Answers(values, 7);
        values.put("TRUST_2", 6);

        assertThat(answers.values()).containsExactly(Map.entry("TRUST_2", 3), Map.entry("KINDNESS_1", 5));
        assertThat(answers.closeness()).isEqualTo(7);
    }

    @Test
    void answers_with_the_same_content_are_equal_whatever_their_order() {
        Map<String, Integer> one = new LinkedHashMap<>();
        one.put("A_1", 1);
        one.put("B_1", 2);
        Map<String, Integer> other = new LinkedHashMap<>();
        other.put("B_1", 2);
        other.put("A_1", 1);

        assertThat(new Answers(one, 3)).isEqualTo(new Answers(other, 3)).hasSameHashCodeAs(new Answers(other, 3));
        assertThat(new Answers(one, 3)).isNotEqualTo(new Answers(other, 4));
    }
}
