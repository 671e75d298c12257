package app.kindred.invitation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The first screen: who asks, what for, how long it takes, and what starting means. */
class WelcomePanel extends Composite<Div> {

    WelcomePanel(String clinicName, int questions, Runnable onStart) {
        Button start = new Button("Start", e -> onStart.run());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.getStyle().set("min-width", "10rem");
        getContent().add(QuestionnaireText.column(
                QuestionnaireText.heading("Welcome"),
                new Paragraph(clinicName + " has asked you to answer a few questions about how you feel in your"
                        + " relationship right now."),
                new Paragraph("Your answers help your therapist understand what is going well and what feels"
                        + " hard, so your sessions can focus on what matters to you. There are no right or wrong"
                        + " answers."),
                new Paragraph("There are " + questions + " short questions. It takes about 5 minutes. Every answer"
                        + " is saved as you go, so you can stop and come back to this link later."),
                QuestionnaireText.quiet("By starting, you agree that your answers are shared with your therapist"
                        + " for your care."),
                start));
    }
}
