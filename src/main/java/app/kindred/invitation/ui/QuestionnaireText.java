package app.kindred.invitation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The calm, narrow column every questionnaire screen sits in, readable from 360 px up. */
final class QuestionnaireText {

    private QuestionnaireText() {
    }

    static Div column(Component... content) {
        Div column = new Div(content);
        column.getStyle().set("max-width", "40rem").set("margin", "0 auto")
                .set("padding", "var(--lumo-space-l) var(--lumo-space-m) var(--lumo-space-xl)")
                .set("box-sizing", "border-box").set("line-height", "1.5");
        return column;
    }

    /** A heading that takes the focus when its screen appears, so a screen reader starts there. */
    static H1 heading(String text) {
        H1 heading = new H1(text);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-top", "0");
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addAttachListener(e -> heading.getElement().executeJs("this.focus({preventScroll: true})"));
        return heading;
    }

    static Paragraph quiet(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return p;
    }
}
