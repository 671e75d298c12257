package app.kindred.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstrumentTest {

    private final Instrument eic = InstrumentRegistry.loadDefault().current("eic-22");

    @Test
    void every_item_code_finds_its_own_position() {
        for (int position = 0; position < eic.items().size(); position++) {
            String code = eic.items().get(position).code();
            assertThat(eic.position(new String(code))).as(code).isEqualTo(position);
        }
    }

    @Test
    void a_code_the_version_does_not_have_has_no_position() {
        assertThat(eic.position("KINDNESS_3")).isEqualTo(-1);
        assertThat(eic.position("")).isEqualTo(-1);
        assertThat(eic.item("CLOSENESS")).isEmpty();
        assertThat(eic.item("TRUST_2")).get().extracting(Item::condition).isEqualTo(Condition.TRUST);
    }

    @Test
    void the_items_cannot_be_changed_after_loading() {
        assertThatThrownBy(() -> eic.items().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void each_item_belongs_to_the_half_of_its_condition() {
        assertThat(eic.item("KINDNESS_1")).get().extracting(Item::half).isEqualTo(Half.PARTNER);
        assertThat(eic.item("TRUST_1")).get().extracting(Item::half).isEqualTo(Half.SELF);
        assertThat(eic.label()).isEqualTo("eic-22 v1");
    }
}
