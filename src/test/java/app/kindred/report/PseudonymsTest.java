package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    final UnaryOperator<String> scrub = Pseudonyms.scrubber("Zoë Martin", "Søren Lund");

    @Test
    void whole_names_and_first_names_become_partner_a_and_b() {
        assertThat(scrub.apply("Zoë Martin arrived late; Søren said zoë was tired. Later Søren Lund left."))
                .isEqualTo("Partner A arrived late; Partner B said Partner A was tired. Later Partner B left.");
    }

    @Test
    void a_name_inside_another_word_is_left_alone() {
        assertThat(Pseudonyms.scrubber("Anna Berg", "Tom Lind").apply("Annabel and Tomas met Anna."))
                .isEqualTo("Annabel and Tomas met Partner A.");
    }

    @Test
    void a_family_name_both_partners_share_becomes_a_neutral_placeholder() {
        assertThat(Pseudonyms.scrubber("Søren Lund", "Mette Lund").apply("The Lund family; Mette and Søren."))
                .isEqualTo("The [name] family; Partner B and Partner A.");
    }

    @Test
    void names_typed_in_decomposed_form_are_found_too() {
        String decomposed = Normalizer.normalize("Zoë", Normalizer.Form.NFD);
        assertThat(scrub.apply("Talked with " + decomposed + ".")).isEqualTo("Talked with Partner A.");
    }

    @Test
    void e_mail_addresses_never_survive() {
        assertThat(scrub.apply("Write to zoe.martin+notes@example.org or søren@exämple.dk."))
                .isEqualTo("Write to [e-mail removed] or [e-mail removed].");
    }
}
