package app.kindred.observation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.questionnaire.Condition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTagsTest {

    @Test
    void tags_are_stored_as_codes_in_declaration_order() {
        assertThat(ConditionTags.format(Set.of(Condition.TRUST, Condition.KINDNESS, Condition.CLARITY)))
                .isEqualTo("KINDNESS,CLARITY,TRUST");
        assertThat(ConditionTags.format(Set.of())).isEmpty();
    }

    @Test
    void every_condition_survives_the_round_trip_within_the_column() {
        String all = ConditionTags.format(EnumSet.allOf(Condition.class));
        assertThat(all).hasSizeLessThanOrEqualTo(400);
        assertThat(ConditionTags.parse(all)).containsExactly(Condition.values());
    }

    @Test
    void an_empty_column_means_no_tags() {
        assertThat(ConditionTags.parse("")).isEmpty();
        assertThat(ConditionTags.parse(null)).isEmpty();
        assertThat(ConditionTags.parse(" EMPATHY , ,KINDNESS")).isEqualTo(List.of(Condition.KINDNESS, Condition.EMPATHY));
    }
}
