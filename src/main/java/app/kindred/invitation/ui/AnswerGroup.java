package app.kindred.invitation.ui;

import app.kindred.questionnaire.Scale;
import app.kindred.questionnaire.ScaleAnchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One question as a group of labelled choices. The question text is the group's accessible name, so
 * a screen reader reads it when focus enters the group; arrows move between choices, Tab to the next
 * question. Each choice is a full-width row at least 48 px high: easy to hit with a thumb.
 */
final class AnswerGroup {

    private AnswerGroup() {
    }

    static Div of(String question, Scale scale, Integer value, IntConsumer onPick) {
        // A field label is cut to one line with an ellipsis; long questions must wrap, so the text
        // is a paragraph and the group carries the same words as its accessible name.
        Paragraph text = new Paragraph(question);
        text.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600")
                .set("margin", "0 0 var(--lumo-space-xs)");
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.getElement().setAttribute("aria-label", question);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList());
        group.setItemLabelGenerator(v -> labelOf(scale, v));
        group.setValue(value);
        group.setWidthFull();
        group.getChildren().forEach(choice -> choice.getElement().getStyle()
                .set("width", "100%").set("box-sizing", "border-box").set("min-height", "48px")
                .set("padding", "8px var(--lumo-space-s)").set("margin", "3px 0")
                .set("background", "var(--lumo-base-color)").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("cursor", "pointer"));
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onPick.accept(e.getValue());
            }
        });
        Div block = new Div(text, group);
        block.getStyle().set("margin-bottom", "var(--lumo-space-l)");
        return block;
    }

    /** The anchor's words where the scale has them ("Agree"), with the number on scales that need it. */
    static String labelOf(Scale scale, int value) {
        String anchor = scale.anchors().stream().filter(a -> a.value() == value).map(ScaleAnchor::label)
                .findFirst().orElse(null);
        boolean everyPointNamed = scale.anchors().size() == scale.max() - scale.min() + 1;
        if (everyPointNamed) {
            return anchor;
        }
        return anchor == null ? String.valueOf(value) : value + " — " + anchor;
    }
}
