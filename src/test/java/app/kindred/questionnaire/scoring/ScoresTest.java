package app.kindred.questionnaire.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void halves_round_up() {
        assertThat(Scores.round(62.5)).isEqualTo(63);
        assertThat(Scores.round(49.5)).isEqualTo(50);
        assertThat(Scores.round(0.5)).isEqualTo(1);
    }

    @Test
    void anything_below_a_half_rounds_down() {
        assertThat(Scores.round(33.333)).isEqualTo(33);
        assertThat(Scores.round(100.0 / 3)).isEqualTo(33);
        assertThat(Scores.round(62.49)).isEqualTo(62);
    }

    @Test
    void a_value_that_is_a_half_by_hand_but_not_in_binary_still_rounds_up() {
        // 1.15 × 100 / 2 is 57.5 by hand; in binary it is 57.49999999999999.
        double binary = 1.15 * 100 / 2;
        assertThat(binary).isLessThan(57.5);
        assertThat(Scores.round(binary)).isEqualTo(58);

        // 0.145 × 100 is 14.5 by hand; in binary it is 14.499999999999998.
        double alsoBinary = 0.145 * 100;
        assertThat(alsoBinary).isLessThan(14.5);
        assertThat(Scores.round(alsoBinary)).isEqualTo(15);
    }

    @Test
    void a_real_index_of_62_point_5_by_hand_shows_63_although_the_scorer_computes_62_49999() {
        Map<String, Integer> values = new HashMap<>();
        // item values (positive, reverse)  after reversal   mean   condition = (mean − 1) × 100 / 6
        put(values, "KINDNESS", 3, 6);        // 3, 2          2.5    25
        put(values, "RESPECT", 3, 6);         // 3, 2          2.5    25
        put(values, "ATTENTIVENESS", 3, 5);   // 3, 3          3      33.333…
        put(values, "RESPONSIVENESS", 6, 3);  // 6, 5          5.5    75
        put(values, "EMPATHY", 5, 3);         // 5, 5          5      66.666…
        put(values, "PATIENCE", 6, 3);        // 6, 5          5.5    75
        // PARTNER = (25 + 25 + 33.333… + 75 + 66.666… + 75) / 6 = 300 / 6 = 50
        put(values, "SELF_ACCEPTANCE", 4, 5); // 4, 3          3.5    41.666…
        put(values, "WORTHINESS", 7, 1);      // 7, 7          7      100
        put(values, "CLARITY", 7, 1);         // 7, 7          7      100
        put(values, "VULNERABILITY", 4, 4);   // 4, 4          4      50
        put(values, "TRUST", 6, 2);           // 6, 6          6      83.333…
        // SELF = (41.666… + 100 + 100 + 50 + 83.333…) / 5 = 375 / 5 = 75
        // index = (50 + 75) / 2 = 62.5 → shown as 63
        PartnerScores scores = new Scorer().score(TestAnswers.EIC_22, new Answers(values, null));

        assertThat(scores.index()).isLessThan(62.5); // 62.49999999999999 in binary
        assertThat(Scores.round(scores.index())).isEqualTo(63);
        assertThat(Scores.round(scores.self())).isEqualTo(75);
    }

    private static void put(Map<String, Integer> values, String condition, int positive, int reverse) {
        values.put(condition + "_1", positive);
        values.put(condition + "_2", reverse);
    }

    @Test
    void a_value_just_under_a_whole_number_in_binary_shows_that_number() {
        assertThat(Scores.round(49.999999999)).isEqualTo(50);
        assertThat(Scores.round(0.1 + 0.2 + 49.7 - 0.000000000001)).isEqualTo(50);
    }

    @Test
    void negative_changes_round_away_from_zero_like_positive_ones() {
        assertThat(Scores.round(-12.5)).isEqualTo(-13);
        assertThat(Scores.round(12.5)).isEqualTo(13);
        assertThat(Scores.round(-0.4)).isZero();
    }

    @Test
    void decimals_round_half_up_too() {
        assertThat(Scores.round(2.434322, 2)).isEqualByComparingTo(new BigDecimal("2.43"));
        assertThat(Scores.round(-2.675, 2)).isEqualByComparingTo(new BigDecimal("-2.68"));
    }

    @Test
    void something_that_is_not_a_number_cannot_be_rounded() {
        assertThatThrownBy(() -> Scores.round(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_threshold_reached_only_by_hand_still_counts_as_reached() {
        assertThat(Scores.atMost(45.00000000000001, 45)).isTrue();
        assertThat(Scores.atLeast(64.99999999999999, 65)).isTrue();
        assertThat(Scores.atMost(45.01, 45)).isFalse();
        assertThat(Scores.atLeast(64.99, 65)).isFalse();
    }
}
