package app.kindred.invitation.ui;

import app.kindred.invitation.LinkState;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a link that does not open the questionnaire shows: what happened and what to do, in the
 * same words whoever holds the link. It names no person, clinic or couple.
 */
class ClosedLinkPanel extends Composite<Div> {

    ClosedLinkPanel(LinkState state) {
        String[] text = switch (state) {
            case COMPLETED -> new String[] {"Your answers have already been sent",
                "Thank you — there is nothing more to do. If you would like to change something, please talk to"
                        + " your therapist."};
            case EXPIRED -> new String[] {"This link has expired",
                "Links work for a limited time to keep your answers private. Please ask your therapist for a new"
                        + " link."};
            case REVOKED -> new String[] {"This link is no longer active",
                "A newer link may have been sent to you: please use the most recent one, or ask your therapist"
                        + " for a new link."};
            case RATE_LIMITED -> new String[] {"Please try again in a minute",
                "Several links that do not work were opened from this connection. Wait a minute, then open your"
                        + " link again."};
            default -> new String[] {"This link does not work",
                "It may be incomplete: please check that you opened the whole link. If it still does not work,"
                        + " ask your therapist for a new link."};
        };
        getContent().add(QuestionnaireText.column(QuestionnaireText.heading(text[0]), new Paragraph(text[1])));
    }
}
