package app.kindred.questionnaire.scoring;

import static app.kindred.questionnaire.scoring.TestAnswers.EIC_22;
import static app.kindred.questionnaire.scoring.TestAnswers.halves;
import static app.kindred.questionnaire.scoring.TestAnswers.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kindred.questionnaire.Condition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FlagEvaluatorTest {

    private final FlagEvaluator evaluator = new FlagEvaluator();

    private static final PartnerScores STEADY = scores(55);

    private List<Flag> flags(FlagType type, PartnerAssessment alex, PartnerAssessment sam) {
        return evaluator.evaluate(EIC_22, alex, sam).stream().filter(flag -> flag.type() == type).toList();
    }

    private static PartnerAssessment alex(PartnerScores latest) {
        return new PartnerAssessment(PartnerLabel.A, "Alex", latest, null);
    }

    private static PartnerAssessment sam(PartnerScores latest) {
        return new PartnerAssessment(PartnerLabel.B, "Sam", latest, null);
    }

    private static PartnerAssessment sam(PartnerScores previous, PartnerScores latest) {
        return new PartnerAssessment(PartnerLabel.B, "Sam", latest, previous);
    }

    @Nested
    class ReliableDeterioration {

        @Test
        void a_fall_of_the_index_from_60_to_38_raises_it() {
            // RCI = (38 − 60) / 8.215838 = −2.6778 ≤ −1.96
            List<Flag> flags = flags(FlagType.RELIABLE_DETERIORATION, alex(STEADY), sam(scores(60), scores(38)));

            assertThat(flags).containsExactly(new Flag(FlagType.RELIABLE_DETERIORATION, PartnerLabel.B,
                    "Reliable deterioration: Sam's index fell from 60 to 38 (RCI −2.68)"));
        }

        @Test
        void a_fall_from_60_to_44_just_short_of_the_threshold_does_not() {
            // RCI = (44 − 60) / 8.215838 = −1.947 > −1.96
            assertThat(flags(FlagType.RELIABLE_DETERIORATION, alex(STEADY), sam(scores(60), scores(44)))).isEmpty();
        }

        @Test
        void it_is_measured_against_the_previous_assessment_not_the_baseline() {
            // Baseline 60, then 44, then 38: −22 from the baseline, but only −6 since the previous one.
            var sam = PartnerAssessment.fromHistory(PartnerLabel.B, "Sam", List.of(scores(60), scores(44), scores(38)));

            assertThat(flags(FlagType.RELIABLE_DETERIORATION, alex(STEADY), sam)).isEmpty();
        }
    }

    @Nested
    class PartnerGap {

        @Test
        void an_index_gap_of_20_raises_it_for_the_couple() {
            List<Flag> flags = flags(FlagType.PARTNER_GAP, alex(scores(72)), sam(scores(52)));

            assertThat(flags).containsExactly(
                    new Flag(FlagType.PARTNER_GAP, null, "Partner gap: Alex 72 vs Sam 52 on the index"));
        }

        @Test
        void an_index_gap_of_19_point_9_does_not() {
            assertThat(flags(FlagType.PARTNER_GAP, alex(scores(72)), sam(scores(52.1)))).isEmpty();
        }

        @Test
        void a_condition_gap_of_30_raises_it_for_that_condition() {
            List<Flag> flags = flags(FlagType.PARTNER_GAP,
                    alex(scores(50, Map.of(Condition.RESPECT, 80.0))), sam(scores(50)));

            assertThat(flags).containsExactly(
                    new Flag(FlagType.PARTNER_GAP, null, "Partner gap: Alex 80 vs Sam 50 on Respect"));
        }

        @Test
        void a_condition_gap_of_29_point_9_does_not() {
            assertThat(flags(FlagType.PARTNER_GAP,
                    alex(scores(50, Map.of(Condition.RESPECT, 79.9))), sam(scores(50)))).isEmpty();
        }

        @Test
        void it_needs_both_partners_to_have_responded() {
            assertThat(flags(FlagType.PARTNER_GAP, alex(scores(90)), sam(null))).isEmpty();
        }
    }

    @Nested
    class OpennessBarrier {

        @Test
        void a_partner_who_offers_70_with_own_openness_40_raises_it() {
            List<Flag> flags = flags(FlagType.OPENNESS_BARRIER, alex(STEADY), sam(halves(70, 40)));

            assertThat(flags).containsExactly(new Flag(FlagType.OPENNESS_BARRIER, PartnerLabel.B,
                    "Openness barrier: Sam — partner offers 70, own openness 40"));
        }

        @Test
        void partner_offers_of_64_point_9_do_not() {
            assertThat(flags(FlagType.OPENNESS_BARRIER, alex(STEADY), sam(halves(64.9, 40)))).isEmpty();
        }

        @Test
        void own_openness_of_45_point_1_does_not() {
            assertThat(flags(FlagType.OPENNESS_BARRIER, alex(STEADY), sam(halves(70, 45.1)))).isEmpty();
        }

        @Test
        void own_openness_of_exactly_45_by_hand_raises_it_although_binary_makes_it_45_00000000000001() {
            var values = TestAnswers.uniform(7, 1); // PARTNER = 100 (see the all-sevens example)
            // item values (positive, reverse)   after reversal   mean   condition
            values.put("SELF_ACCEPTANCE_1", 2);  // 2
            values.put("SELF_ACCEPTANCE_2", 6);  // 8 − 6 = 2      2      16.666…
            values.put("WORTHINESS_1", 7);       // 7
            values.put("WORTHINESS_2", 2);       // 8 − 2 = 6      6.5    91.666…
            values.put("CLARITY_1", 6);          // 6
            values.put("CLARITY_2", 2);          // 8 − 2 = 6      6      83.333…
            values.put("VULNERABILITY_1", 1);    // 1
            values.put("VULNERABILITY_2", 7);    // 8 − 7 = 1      1      0
            values.put("TRUST_1", 3);            // 3
            values.put("TRUST_2", 5);            // 8 − 5 = 3      3      33.333…
            // SELF = (16.666… + 91.666… + 83.333… + 0 + 33.333…) / 5 = 225 / 5 = 45: on the threshold
            PartnerScores sam = new Scorer().score(EIC_22, new Answers(values, null));
            assertThat(sam.self()).isGreaterThan(45); // 45.00000000000001 in binary

            assertThat(flags(FlagType.OPENNESS_BARRIER, alex(STEADY), sam(sam))).extracting(Flag::reason)
                    .containsExactly("Openness barrier: Sam — partner offers 100, own openness 45");
        }
    }

    @Nested
    class LowCondition {

        @Test
        void trust_at_25_raises_it_for_that_partner() {
            List<Flag> flags = flags(FlagType.LOW_CONDITION,
                    alex(scores(60, Map.of(Condition.TRUST, 25.0))), sam(STEADY));

            assertThat(flags).containsExactly(
                    new Flag(FlagType.LOW_CONDITION, PartnerLabel.A, "Low condition: Alex — Trust 25"));
        }

        @Test
        void trust_at_exactly_33_raises_it() {
            assertThat(flags(FlagType.LOW_CONDITION, alex(scores(60, Map.of(Condition.TRUST, 33.0))), sam(STEADY)))
                    .hasSize(1);
        }

        @Test
        void trust_at_33_point_1_does_not() {
            assertThat(flags(FlagType.LOW_CONDITION,
                    alex(scores(60, Map.of(Condition.TRUST, 33.1))), sam(STEADY))).isEmpty();
        }

        @Test
        void each_low_condition_is_its_own_flag() {
            List<Flag> flags = flags(FlagType.LOW_CONDITION,
                    alex(scores(60, Map.of(Condition.TRUST, 25.0, Condition.KINDNESS, 0.0))), sam(STEADY));

            assertThat(flags).extracting(Flag::reason).containsExactly(
                    "Low condition: Alex — Kindness 0", "Low condition: Alex — Trust 25");
        }
    }

    @Test
    void a_steady_couple_raises_no_flag_at_all() {
        assertThat(evaluator.evaluate(EIC_22, alex(STEADY), sam(STEADY, STEADY))).isEmpty();
    }

    @Test
    void flags_come_most_urgent_first_and_partner_a_before_partner_b() {
        var alex = alex(halves(70, 40));
        var sam = sam(scores(60), scores(20));

        assertThat(evaluator.evaluate(EIC_22, alex, sam)).extracting(Flag::type, Flag::partner).startsWith(
                tuple(FlagType.RELIABLE_DETERIORATION, PartnerLabel.B),
                tuple(FlagType.PARTNER_GAP, null));
    }

    @Test
    void a_partner_without_a_name_is_called_by_their_label() {
        var unnamed = new PartnerAssessment(PartnerLabel.A, " ", scores(60, Map.of(Condition.TRUST, 25.0)), null);

        assertThat(flags(FlagType.LOW_CONDITION, unnamed, sam(STEADY)))
                .extracting(Flag::reason).containsExactly("Low condition: Partner A — Trust 25");
    }
}
