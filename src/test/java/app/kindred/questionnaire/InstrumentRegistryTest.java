package app.kindred.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentRegistryTest {

    private static final String V2 = "instruments-test/eic-22-v2.json";

    @Test
    void the_shipped_eic_22_file_loads_with_every_part_of_the_design() {
        Instrument eic = InstrumentRegistry.loadDefault().get("eic-22", 1);

        assertThat(eic.title()).isEqualTo("Emotional Intimacy Conditions");
        assertThat(eic.provisional()).isTrue();
        assertThat(eic.sd()).isEqualTo(15);
        assertThat(eic.reliability()).isEqualTo(0.85);
        assertThat(eic.thresholds()).isEqualTo(new FlagThresholds(1.96, 20, 30, 65, 45, 33));
        assertThat(eic.scale().min()).isEqualTo(1);
        assertThat(eic.scale().max()).isEqualTo(7);
        assertThat(eic.scale().anchors()).extracting(ScaleAnchor::label).containsExactly(
                "Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
                "Somewhat agree", "Agree", "Strongly agree");
        assertThat(eic.closeness().text()).isEqualTo("How emotionally close do you feel to your partner right now?");
        assertThat(eic.closeness().scale().min()).isZero();
        assertThat(eic.closeness().scale().max()).isEqualTo(10);
        assertThat(eic.closeness().scale().anchors()).extracting(ScaleAnchor::value).containsExactly(0, 10);
    }

    @Test
    void eic_22_has_two_items_per_condition_one_of_them_reverse_keyed_with_stable_codes() {
        Instrument eic = InstrumentRegistry.loadDefault().current("eic-22");

        assertThat(eic.items()).hasSize(22);
        Map<Condition, List<Item>> byCondition = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            byCondition.put(condition, eic.items(condition));
        }
        byCondition.forEach((condition, items) -> {
            assertThat(items).extracting(Item::code).containsExactly(condition + "_1", condition + "_2");
            assertThat(items).filteredOn(Item::reverseKeyed).hasSize(1);
        });
    }

    @Test
    void partner_items_speak_about_the_partner_and_self_items_about_oneself() {
        Instrument eic = InstrumentRegistry.loadDefault().current("eic-22");

        for (Item item : eic.items()) {
            if (item.half() == Half.PARTNER) {
                assertThat(item.text()).as(item.code()).containsIgnoringCase("my partner");
            } else {
                assertThat(item.text()).as(item.code()).startsWith("I ");
            }
            assertThat(item.text()).as(item.code()).endsWith(".").hasSizeLessThan(70);
        }
    }

    @Test
    void an_old_version_stays_loadable_next_to_a_newer_one() {
        var registry = new InstrumentRegistry(List.of(InstrumentRegistry.DEFAULT_RESOURCE, V2));

        assertThat(registry.get("eic-22", 1).title()).isEqualTo("Emotional Intimacy Conditions");
        assertThat(registry.get("eic-22", 2).title()).isEqualTo("Emotional Intimacy Conditions (revised)");
        assertThat(registry.current("eic-22").version()).isEqualTo(2);
        assertThat(registry.all()).hasSize(2);
    }

    @Test
    void a_version_that_does_not_exist_is_refused_by_name() {
        var registry = InstrumentRegistry.loadDefault();

        assertThatThrownBy(() -> registry.get("eic-22", 9))
                .isInstanceOf(UnknownInstrumentException.class)
                .hasMessage("Instrument eic-22 version 9 does not exist");
        assertThatThrownBy(() -> registry.current("phq-9"))
                .isInstanceOf(UnknownInstrumentException.class)
                .hasMessage("Instrument phq-9 does not exist");
    }

    @Test
    void two_files_for_the_same_version_are_refused() {
        assertThatThrownBy(() -> new InstrumentRegistry(
                List.of(InstrumentRegistry.DEFAULT_RESOURCE, InstrumentRegistry.DEFAULT_RESOURCE)))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining("defines eic-22 v1, which another file already defines");
    }

    @Test
    void a_file_that_is_not_on_the_classpath_is_named() {
        assertThatThrownBy(() -> new InstrumentRegistry(List.of("instruments/missing.json")))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Instrument file instruments/missing.json is not on the classpath");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-condition.json          | item KINDNESS_1 has unknown condition KINDNES
            condition-with-one-item.json    | condition TRUST must have exactly 2 items, has 1
            two-reverse-keyed-items.json    | condition KINDNESS must have exactly one reverse-keyed item, has 2
            duplicate-code.json             | duplicate item code RESPECT_1
            thresholds-missing.json         | flag thresholds ("flags") are missing
            one-threshold-missing.json      | flags.lowCondition.atMost is missing
            sd-out-of-range.json            | sd must be greater than 0, was 0.0
            reliability-out-of-range.json   | reliability must be greater than 0 and less than 1, was 1.0
            half-contradicts-condition.json | item KINDNESS_1 is marked half SELF but condition KINDNESS belongs to PARTNER
            misspelt-field.json             | unknown field "reverseKeyd"
            truncated.json                  | not valid JSON
            """)
    void a_broken_copy_of_the_file_fails_naming_the_file_and_the_problem(String file, String problem) {
        String resource = "instruments-broken/" + file;

        assertThatThrownBy(() -> new InstrumentRegistry(List.of(resource)))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith("Instrument file " + resource + " is invalid: ")
                .hasMessageContaining(problem);
    }

    @Test
    void an_instrument_built_in_code_obeys_the_same_rules() {
        Instrument eic = InstrumentRegistry.loadDefault().current("eic-22");

        assertThatThrownBy(() -> new Instrument(eic.id(), eic.version(), eic.title(), eic.scale(),
                eic.items().subList(0, 21), eic.closeness(), eic.sd(), eic.reliability(), true, eic.thresholds()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition TRUST must have exactly 2 items, has 1");
    }
}
