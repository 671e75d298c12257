package app.kindred.invitation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The last screen. A second tab that submitted too late is told its answers are already in. */
class ThankYouPanel extends Composite<Div> {

    ThankYouPanel(boolean alreadySent) {
        getContent().add(QuestionnaireText.column(
                QuestionnaireText.heading(alreadySent ? "These answers were already sent — thank you" : "Thank you"),
                new Paragraph(alreadySent
                        ? "Your answers reached your therapist from another window. There is nothing more to do."
                        : "Your answers have been sent to your therapist. You can close this page now."),
                QuestionnaireText.quiet("Taking time to reflect on your relationship is a caring thing to do.")));
    }
}
