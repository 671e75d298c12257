package app.kindred.invitation.ui;

import app.kindred.questionnaire.ClosenessItem;
import app.kindred.questionnaire.Item;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;

/**
 * One page of questions (a few items, or the closeness question) with the progress so far and
 * Back / Next. Each choice is handed to {@link Flow#answered} at once, which saves it.
 */
class QuestionStep extends Composite<Div> {

    /** What the view does when the client answers or moves. */
    interface Flow {
        void answered(String code, int value);

        void go(int step);

        void welcome();
    }

    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();

    QuestionStep(QuestionnairePages pages, int step, Map<String, Integer> answers, boolean backToReview, Flow flow,
            String note) {
        progress.setMin(0);
        progress.setMax(pages.questionCount());
        progress.getElement().setAttribute("aria-label", "Progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressText.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        showProgress(pages, answers);

        Div content = QuestionnaireText.column();
        content.add(new Span("Page " + (step + 1) + " of " + pages.questionSteps()), progress, progressText);
        if (note != null) {
            content.add(QuestionnaireText.quiet(note));
        }
        if (step == pages.closenessStep()) {
            ClosenessItem closeness = pages.instrument().closeness();
            content.add(QuestionnaireText.heading("One last question"),
                    AnswerGroup.of(closeness.text(), closeness.scale(), answers.get(closeness.code()),
                            value -> answer(pages, answers, flow, closeness.code(), value)));
        } else {
            List<Item> items = pages.itemsOn(step);
            int first = pages.firstNumberOn(step);
            content.add(QuestionnaireText.heading("Questions " + first + "–" + (first + items.size() - 1)),
                    new Paragraph("How much do you agree with each statement?"));
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                content.add(AnswerGroup.of((first + i) + ". " + item.text(), pages.instrument().scale(),
                        answers.get(item.code()), value -> answer(pages, answers, flow, item.code(), value)));
            }
        }
        content.add(navigation(step, pages, backToReview, flow));
        getContent().add(content);
    }

    private void answer(QuestionnairePages pages, Map<String, Integer> answers, Flow flow, String code, int value) {
        flow.answered(code, value);
        showProgress(pages, answers);
    }

    private void showProgress(QuestionnairePages pages, Map<String, Integer> answers) {
        progress.setValue(answers.size());
        progressText.setText(answers.size() + " of " + pages.questionCount() + " answered"
                + (answers.isEmpty() ? "" : " — your answers are saved"));
    }

    private static HorizontalLayout navigation(int step, QuestionnairePages pages, boolean backToReview, Flow flow) {
        Button back = new Button("Back", e -> {
            if (step == 0) {
                flow.welcome();
            } else {
                flow.go(step - 1);
            }
        });
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button next = new Button(backToReview ? "Back to review" : "Next",
                e -> flow.go(backToReview ? pages.reviewStep() : step + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        HorizontalLayout nav = new HorizontalLayout(back, next);
        nav.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        nav.setWidthFull();
        return nav;
    }
}
