package app.kindred.invitation.ui;

import app.kindred.questionnaire.ClosenessItem;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** Every answer at a glance, each with a way to change it, and the one button that sends them. */
class ReviewStep extends Composite<Div> {

    ReviewStep(QuestionnairePages pages, Map<String, Integer> answers, Collection<String> missing,
            Consumer<String> change, Runnable submit) {
        Instrument instrument = pages.instrument();
        Div content = QuestionnaireText.column(QuestionnaireText.heading("Check your answers"));
        if (missing.isEmpty()) {
            content.add(new Paragraph("You can change any answer before sending. Once sent, your answers go to"
                    + " your therapist and the link closes."));
        } else {
            Paragraph problem = new Paragraph("Some questions have no answer yet: " + numbers(pages, missing)
                    + ". Please answer them, then send.");
            problem.getElement().setAttribute("role", "alert");
            problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            content.add(problem);
        }
        for (Item item : instrument.items()) {
            Integer value = answers.get(item.code());
            content.add(row(pages.numberOf(item.code()) + ". " + item.text(),
                    value == null ? null : AnswerGroup.labelOf(instrument.scale(), value), item.code(), change));
        }
        ClosenessItem closeness = instrument.closeness();
        Integer value = answers.get(closeness.code());
        content.add(row(pages.numberOf(closeness.code()) + ". " + closeness.text(),
                value == null ? null : AnswerGroup.labelOf(closeness.scale(), value), closeness.code(), change));
        Button send = new Button("Send my answers", e -> submit.run());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.getStyle().set("margin-top", "var(--lumo-space-l)");
        content.add(send);
        getContent().add(content);
    }

    private static HorizontalLayout row(String question, String answer, String code, Consumer<String> change) {
        Span answerText = new Span(answer == null ? "Not answered yet" : answer);
        answerText.getStyle().set("font-weight", "600")
                .set("color", answer == null ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        Div text = new Div(new Div(question), answerText);
        text.getStyle().set("flex", "1");
        Button edit = new Button(answer == null ? "Answer" : "Change", e -> change.accept(code));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("aria-label", (answer == null ? "Answer " : "Change ") + question);
        HorizontalLayout row = new HorizontalLayout(text, edit);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        return row;
    }

    private static String numbers(QuestionnairePages pages, Collection<String> codes) {
        return String.join(", ", codes.stream().map(code -> "question " + pages.numberOf(code)).toList());
    }
}
