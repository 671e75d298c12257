package app.kindred.questionnaire.scoring;

import static app.kindred.questionnaire.scoring.TestAnswers.scores;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Half;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoupleComparisonTest {

    @Test
    void both_partners_are_shown_side_by_side_with_the_gap_between_them() {
        PartnerScores alex = scores(60, Map.of(Condition.TRUST, 25.0));
        PartnerScores sam = scores(40, Map.of(Condition.TRUST, 75.0));

        CoupleComparison couple = new CoupleComparison(alex, sam);

        SideBySide trust = couple.condition(Condition.TRUST);
        assertThat(trust.a()).hasValue(25);
        assertThat(trust.b()).hasValue(75);
        assertThat(trust.gap()).hasValue(-50);
        assertThat(trust.absoluteGap()).hasValue(50);
        assertThat(couple.conditions()).hasSize(11).containsKey(Condition.KINDNESS);
        assertThat(couple.half(Half.PARTNER).gap()).hasValue(20);
        assertThat(couple.index().a()).hasValue(alex.index());
    }

    @Test
    void the_couple_index_is_the_mean_of_both_indices() {
        // Alex 72, Sam 48: couple index = (72 + 48) / 2 = 60.
        CoupleComparison couple = new CoupleComparison(scores(72), scores(48));

        assertThat(couple.bothResponded()).isTrue();
        assertThat(couple.coupleIndex()).hasValue(60);
    }

    @Test
    void without_both_responses_there_is_no_couple_index_and_no_gap() {
        CoupleComparison couple = new CoupleComparison(scores(72), null);

        assertThat(couple.bothResponded()).isFalse();
        assertThat(couple.coupleIndex()).isEmpty();
        assertThat(couple.index().a()).hasValue(72);
        assertThat(couple.index().b()).isEmpty();
        assertThat(couple.index().gap()).isEmpty();
        assertThat(couple.condition(Condition.TRUST).absoluteGap()).isEmpty();
    }
}
