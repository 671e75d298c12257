package app.kindred.questionnaire.scoring;

import static app.kindred.questionnaire.scoring.TestAnswers.EIC_22;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Half;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScorerPropertiesTest {

    private final Scorer scorer = new Scorer();

    @Property
    void every_score_lies_between_0_and_100(@ForAll("itemValues") List<Integer> values) {
        PartnerScores scores = scorer.score(EIC_22, answers(values));

        for (Condition condition : Condition.values()) {
            assertThat(scores.condition(condition)).isBetween(0.0, 100.0);
        }
        assertThat(scores.partner()).isBetween(0.0, 100.0);
        assertThat(scores.self()).isBetween(0.0, 100.0);
        assertThat(scores.index()).isBetween(0.0, 100.0);
    }

    @Property
    void flipping_every_answer_mirrors_every_score(@ForAll("itemValues") List<Integer> values) {
        List<Integer> flipped = values.stream().map(value -> 8 - value).toList();

        PartnerScores scores = scorer.score(EIC_22, answers(values));
        PartnerScores mirrored = scorer.score(EIC_22, answers(flipped));

        for (Condition condition : Condition.values()) {
            assertThat(mirrored.condition(condition)).isCloseTo(100 - scores.condition(condition), within(1e-9));
        }
        assertThat(mirrored.partner()).isCloseTo(100 - scores.partner(), within(1e-9));
        assertThat(mirrored.self()).isCloseTo(100 - scores.self(), within(1e-9));
        assertThat(mirrored.index()).isCloseTo(100 - scores.index(), within(1e-9));
    }

    @Property
    void the_index_is_always_the_mean_of_the_two_halves(@ForAll("itemValues") List<Integer> values) {
        PartnerScores scores = scorer.score(EIC_22, answers(values));

        assertThat(scores.index()).isEqualTo((scores.half(Half.PARTNER) + scores.half(Half.SELF)) / 2);
    }

    @Property
    void a_value_outside_the_scale_is_never_scored(
            @ForAll("itemValues") List<Integer> values,
            @ForAll @IntRange(min = 0, max = 21) int position,
            @ForAll("outsideTheScale") int badValue) {
        List<Integer> broken = new ArrayList<>(values);
        broken.set(position, badValue);
        String code = EIC_22.items().get(position).code();

        assertThatThrownBy(() -> scorer.score(EIC_22, answers(broken)))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining(code + " = " + badValue);
    }

    @Provide
    Arbitrary<List<Integer>> itemValues() {
        return Arbitraries.integers().between(1, 7).list().ofSize(EIC_22.items().size());
    }

    @Provide
    Arbitrary<Integer> outsideTheScale() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0), Arbitraries.integers().greaterOrEqual(8));
    }

    /** Values in the instrument's item order. */
    private static Answers answers(List<Integer> values) {
        Map<String, Integer> byCode = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byCode.put(EIC_22.items().get(i).code(), values.get(i));
        }
        return new Answers(byCode, null);
    }
}
