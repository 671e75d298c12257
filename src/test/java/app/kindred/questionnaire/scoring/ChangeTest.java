package app.kindred.questionnaire.scoring;

import static app.kindred.questionnaire.scoring.TestAnswers.EIC_22;
import static app.kindred.questionnaire.scoring.TestAnswers.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void a_rise_from_40_to_60_is_a_reliable_improvement() {
        // Δ = 60 − 40 = 20
        // √2 · SD · √(1 − r) = 1.414214 × 15 × √0.15 = 1.414214 × 15 × 0.387298 = 8.215838
        // RCI = 20 / 8.215838 = 2.434322…  ≥ 1.96 → reliably improved
        Change change = Change.between(40, 60, EIC_22);

        assertThat(change.delta()).isEqualTo(20);
        assertThat(change.rci()).isCloseTo(2.434322, within(1e-6));
        assertThat(change.changeClass()).isEqualTo(ChangeClass.RELIABLY_IMPROVED);
        assertThat(Scores.round(change.rci(), 2)).hasToString("2.43");
    }

    @Test
    void a_fall_from_60_to_40_is_a_reliable_deterioration() {
        Change change = Change.between(60, 40, EIC_22);

        assertThat(change.rci()).isCloseTo(-2.434322, within(1e-6));
        assertThat(change.changeClass()).isEqualTo(ChangeClass.RELIABLY_DETERIORATED);
    }

    @Test
    void a_change_reads_with_a_signed_whole_delta_and_a_two_decimal_rci() {
        assertThat(Change.between(40, 60, EIC_22).summary()).isEqualTo("+20, RCI 2.43 (Reliably improved)");
        assertThat(Change.between(60, 40, EIC_22).summary()).isEqualTo("\u221220, RCI \u22122.43 (Reliably deteriorated)");
        // Δ 0.4 rounds to 0 and is shown without a sign.
        assertThat(Change.between(50, 50.4, EIC_22).summary()).isEqualTo("0, RCI 0.05 (No reliable change)");
    }

    @Test
    void a_change_just_short_of_an_rci_of_1_96_is_no_reliable_change() {
        // RCI 1.96 needs Δ = 1.96 × 8.215838 = 16.103; a rise of 16 gives RCI 1.947.
        assertThat(Change.between(50, 66, EIC_22).changeClass()).isEqualTo(ChangeClass.NO_RELIABLE_CHANGE);
        assertThat(Change.between(50, 34, EIC_22).changeClass()).isEqualTo(ChangeClass.NO_RELIABLE_CHANGE);
        assertThat(Change.between(50, 66.2, EIC_22).changeClass()).isEqualTo(ChangeClass.RELIABLY_IMPROVED);
    }

    @Test
    void each_assessment_is_compared_with_the_previous_one_and_with_the_baseline() {
        List<Progress> series = ChangeOverSessions.ofIndex(List.of(scores(40), scores(50), scores(60)), EIC_22);

        assertThat(series).hasSize(3);
        assertThat(series.get(0).value()).isEqualTo(40);
        assertThat(series.get(0).sincePrevious()).isEmpty();
        assertThat(series.get(0).sinceBaseline()).isEmpty();

        assertThat(series.get(1).sincePrevious()).get().extracting(Change::delta).isEqualTo(10.0);
        assertThat(series.get(1).sinceBaseline()).get().extracting(Change::delta).isEqualTo(10.0);

        // 50 → 60 is RCI 1.217: not reliable on its own; 40 → 60 from the baseline is RCI 2.434.
        Progress third = series.get(2);
        assertThat(third.sincePrevious()).get().extracting(Change::changeClass).isEqualTo(ChangeClass.NO_RELIABLE_CHANGE);
        assertThat(third.sinceBaseline()).get().extracting(Change::delta).isEqualTo(20.0);
        assertThat(third.sinceBaseline()).get().extracting(Change::changeClass).isEqualTo(ChangeClass.RELIABLY_IMPROVED);
    }

    @Test
    void any_measure_can_be_followed_over_the_sessions() {
        List<Progress> series = ChangeOverSessions.of(
                List.of(TestAnswers.halves(70, 30), TestAnswers.halves(70, 45)), PartnerScores::self, EIC_22);

        assertThat(series.get(1).sincePrevious()).get().extracting(Change::delta).isEqualTo(15.0);
    }

    @Test
    void no_assessments_mean_no_progress() {
        assertThat(ChangeOverSessions.ofIndex(List.of(), EIC_22)).isEmpty();
    }
}
