package app.kindred.questionnaire.scoring;

import static app.kindred.questionnaire.scoring.TestAnswers.EIC_22;
import static app.kindred.questionnaire.scoring.TestAnswers.answers;
import static app.kindred.questionnaire.scoring.TestAnswers.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kindred.questionnaire.Condition;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private final Scorer scorer = new Scorer();

    @Nested
    class HandWorkedExamples {

        @Test
        void all_sevens_with_reverse_items_answered_one_score_100_everywhere() {
            // Positive item: 7. Reverse item: 8 − 1 = 7. Mean of each condition = (7 + 7) / 2 = 7.
            // Condition = (7 − 1) × 100 / 6 = 600 / 6 = 100.
            // PARTNER = 6 × 100 / 6 = 100; SELF = 5 × 100 / 5 = 100; index = (100 + 100) / 2 = 100.
            PartnerScores scores = scorer.score(EIC_22, answers(uniform(7, 1)));

            for (Condition condition : Condition.values()) {
                assertThat(scores.condition(condition)).as(condition.name()).isEqualTo(100.0);
            }
            assertThat(scores.partner()).isEqualTo(100.0);
            assertThat(scores.self()).isEqualTo(100.0);
            assertThat(scores.index()).isEqualTo(100.0);
        }

        @Test
        void all_ones_with_reverse_items_answered_seven_score_0_everywhere() {
            // Positive item: 1. Reverse item: 8 − 7 = 1. Mean = 1. Condition = (1 − 1) × 100 / 6 = 0.
            // PARTNER = 0; SELF = 0; index = 0.
            PartnerScores scores = scorer.score(EIC_22, answers(uniform(1, 7)));

            for (Condition condition : Condition.values()) {
                assertThat(scores.condition(condition)).as(condition.name()).isZero();
            }
            assertThat(scores.partner()).isZero();
            assertThat(scores.self()).isZero();
            assertThat(scores.index()).isZero();
        }

        @Test
        void all_fours_score_50_everywhere_because_the_midpoint_reverses_onto_itself() {
            // Positive item: 4. Reverse item: 8 − 4 = 4. Mean = 4. Condition = (4 − 1) × 100 / 6 = 300 / 6 = 50.
            // PARTNER = 50; SELF = 50; index = (50 + 50) / 2 = 50.
            PartnerScores scores = scorer.score(EIC_22, answers(uniform(4, 4)));

            for (Condition condition : Condition.values()) {
                assertThat(scores.condition(condition)).as(condition.name()).isEqualTo(50.0);
            }
            assertThat(scores.partner()).isEqualTo(50.0);
            assertThat(scores.self()).isEqualTo(50.0);
            assertThat(scores.index()).isEqualTo(50.0);
        }

        @Test
        void a_mixed_partner_half_is_scored_item_by_item() {
            Map<String, Integer> values = uniform(4, 4); // SELF stays at 50 (see the all-fours example)
            // item (value)              after reversal   mean   condition = (mean − 1) × 100 / 6
            values.put("KINDNESS_1", 6);       // 6
            values.put("KINDNESS_2", 3);       // 8 − 3 = 5   5.5    4.5 × 100 / 6 = 75
            values.put("RESPECT_1", 7);        // 7
            values.put("RESPECT_2", 1);        // 8 − 1 = 7   7      6 × 100 / 6   = 100
            values.put("ATTENTIVENESS_1", 4);  // 4
            values.put("ATTENTIVENESS_2", 5);  // 8 − 5 = 3   3.5    2.5 × 100 / 6 = 41.666…
            values.put("RESPONSIVENESS_1", 5); // 5
            values.put("RESPONSIVENESS_2", 2); // 8 − 2 = 6   5.5    4.5 × 100 / 6 = 75
            values.put("EMPATHY_1", 2);        // 2
            values.put("EMPATHY_2", 6);        // 8 − 6 = 2   2      1 × 100 / 6   = 16.666…
            values.put("PATIENCE_1", 3);       // 3
            values.put("PATIENCE_2", 4);       // 8 − 4 = 4   3.5    2.5 × 100 / 6 = 41.666…
            // PARTNER = (75 + 100 + 41.666… + 75 + 16.666… + 41.666…) / 6 = 350 / 6 = 58.333…
            // SELF = 50; index = (58.333… + 50) / 2 = 54.1666…, shown as 54.

            PartnerScores scores = scorer.score(EIC_22, answers(values));

            assertThat(scores.condition(Condition.KINDNESS)).isCloseTo(75, EXACT);
            assertThat(scores.condition(Condition.RESPECT)).isCloseTo(100, EXACT);
            assertThat(scores.condition(Condition.ATTENTIVENESS)).isCloseTo(250.0 / 6, EXACT);
            assertThat(scores.condition(Condition.RESPONSIVENESS)).isCloseTo(75, EXACT);
            assertThat(scores.condition(Condition.EMPATHY)).isCloseTo(100.0 / 6, EXACT);
            assertThat(scores.condition(Condition.PATIENCE)).isCloseTo(250.0 / 6, EXACT);
            assertThat(scores.partner()).isCloseTo(350.0 / 6, EXACT);
            assertThat(scores.self()).isCloseTo(50, EXACT);
            assertThat(scores.index()).isCloseTo(54.1666666667, within(1e-9));
            assertThat(Scores.round(scores.partner())).isEqualTo(58);
            assertThat(Scores.round(scores.index())).isEqualTo(54);
        }

        @Test
        void a_mixed_self_half_is_scored_item_by_item() {
            Map<String, Integer> values = uniform(4, 4); // PARTNER stays at 50 (see the all-fours example)
            // item (value)               after reversal   mean   condition = (mean − 1) × 100 / 6
            values.put("SELF_ACCEPTANCE_1", 5); // 5
            values.put("SELF_ACCEPTANCE_2", 6); // 8 − 6 = 2   3.5    2.5 × 100 / 6 = 41.666…
            values.put("WORTHINESS_1", 7);      // 7
            values.put("WORTHINESS_2", 2);      // 8 − 2 = 6   6.5    5.5 × 100 / 6 = 91.666…
            values.put("CLARITY_1", 3);         // 3
            values.put("CLARITY_2", 5);         // 8 − 5 = 3   3      2 × 100 / 6   = 33.333…
            values.put("VULNERABILITY_1", 2);   // 2
            values.put("VULNERABILITY_2", 7);   // 8 − 7 = 1   1.5    0.5 × 100 / 6 = 8.333…
            values.put("TRUST_1", 7);           // 7
            values.put("TRUST_2", 1);           // 8 − 1 = 7   7      6 × 100 / 6   = 100
            // SELF = (41.666… + 91.666… + 33.333… + 8.333… + 100) / 5 = 275 / 5 = 55
            // PARTNER = 50; index = (50 + 55) / 2 = 52.5, shown as 53 (half-up).

            PartnerScores scores = scorer.score(EIC_22, answers(values));

            assertThat(scores.condition(Condition.SELF_ACCEPTANCE)).isCloseTo(250.0 / 6, EXACT);
            assertThat(scores.condition(Condition.WORTHINESS)).isCloseTo(550.0 / 6, EXACT);
            assertThat(scores.condition(Condition.CLARITY)).isCloseTo(200.0 / 6, EXACT);
            assertThat(scores.condition(Condition.VULNERABILITY)).isCloseTo(50.0 / 6, EXACT);
            assertThat(scores.condition(Condition.TRUST)).isCloseTo(100, EXACT);
            assertThat(scores.self()).isCloseTo(55, EXACT);
            assertThat(scores.partner()).isCloseTo(50, EXACT);
            assertThat(scores.index()).isCloseTo(52.5, EXACT);
            assertThat(Scores.round(scores.index())).isEqualTo(53);
        }

        @Test
        void the_closeness_answer_is_carried_along_but_never_scored() {
            PartnerScores close = scorer.score(EIC_22, new Answers(uniform(4, 4), 10));
            PartnerScores distant = scorer.score(EIC_22, new Answers(uniform(4, 4), 0));
            PartnerScores skipped = scorer.score(EIC_22, new Answers(uniform(4, 4), null));

            assertThat(close.closeness()).isEqualTo(10);
            assertThat(distant.closeness()).isZero();
            assertThat(skipped.closeness()).isNull();
            assertThat(close.index()).isEqualTo(distant.index()).isEqualTo(skipped.index());
        }
    }

    @Nested
    class BadInputIsRefused {

        @Test
        void missing_answers_are_named_in_the_instruments_order() {
            Map<String, Integer> values = uniform(4, 4);
            values.remove("TRUST_1");
            values.put("KINDNESS_2", null); // an unanswered item may arrive as null

            assertThatThrownBy(() -> scorer.score(EIC_22, answers(values)))
                    .isInstanceOfSatisfying(InvalidAnswersException.class, e ->
                            assertThat(e.missing()).containsExactly("KINDNESS_2", "TRUST_1"))
                    .hasMessage("Missing answers: KINDNESS_2, TRUST_1");
        }

        @Test
        void an_unknown_item_code_is_named() {
            Map<String, Integer> values = uniform(4, 4);
            values.put("KINDNESS_3", 4);

            assertThatThrownBy(() -> scorer.score(EIC_22, answers(values)))
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessage("Unknown item codes for eic-22 v1: KINDNESS_3");
        }

        @Test
        void a_value_outside_one_to_seven_is_named_with_its_value() {
            Map<String, Integer> values = uniform(4, 4);
            values.put("RESPECT_1", 0);
            values.put("EMPATHY_2", 8);

            assertThatThrownBy(() -> scorer.score(EIC_22, answers(values)))
                    .isInstanceOfSatisfying(InvalidAnswersException.class, e ->
                            assertThat(e.outOfRange()).containsExactly("RESPECT_1", "EMPATHY_2"))
                    .hasMessage("Answers outside 1–7: RESPECT_1 = 0, EMPATHY_2 = 8");
        }

        @Test
        void a_closeness_answer_outside_zero_to_ten_is_refused() {
            assertThatThrownBy(() -> scorer.score(EIC_22, new Answers(uniform(4, 4), 11)))
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessage("Closeness answer outside 0–10: 11");
            assertThatThrownBy(() -> scorer.score(EIC_22, new Answers(uniform(4, 4), -1)))
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessage("Closeness answer outside 0–10: -1");
        }

        @Test
        void every_problem_is_reported_at_once() {
            Map<String, Integer> values = new HashMap<>(uniform(4, 4));
            values.remove("CLARITY_2");
            values.put("CLOSENESS", 7); // the closeness answer belongs in its own field, not with the items
            values.put("TRUST_2", 9);

            assertThatThrownBy(() -> scorer.score(EIC_22, new Answers(values, 12)))
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessage("Missing answers: CLARITY_2; Unknown item codes for eic-22 v1: CLOSENESS; "
                            + "Answers outside 1–7: TRUST_2 = 9; Closeness answer outside 0–10: 12");
        }
    }
}
