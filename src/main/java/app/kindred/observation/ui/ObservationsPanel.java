package app.kindred.observation.ui;

import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.therapysession.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A couple's observations, newest first (the note from the last session is what a clinician reads
 * before the next one), each with its addenda under it, oldest first, so a correction reads after
 * what it corrects. Write, edit, sign, add addenda and read the history from here.
 * Embeddable anywhere the couple and its sessions are known; the caller has checked neither, the
 * service checks both.
 */
public class ObservationsPanel extends VerticalLayout {

    private final transient ObservationService observations;
    private final long coupleId;
    private final List<SessionSummary> sessions;
    private final ObservationFormat format;
    private final Section list = new Section();
    private final ObservationActions actions = new Actions();

    public ObservationsPanel(ObservationService observations, long coupleId, List<SessionSummary> sessions) {
        this.observations = observations;
        this.coupleId = coupleId;
        this.sessions = List.copyOf(sessions);
        this.format = new ObservationFormat(this.sessions);
        setPadding(false);
        H3 title = new H3("Observations");
        title.getStyle().set("margin", "0");
        Button write = new Button("Write observation", VaadinIcon.PLUS.create(), e -> ObservationDialog
                .forNew(observations, coupleId, this.sessions, this::refresh).open());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, write);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        list.setWidthFull();
        list.getElement().setAttribute("aria-label", "Observations, newest first");
        add(header, list);
        refresh();
    }

    /** Reloads the list from the service, e.g. after the embedding view changed something. */
    public void refresh() {
        list.removeAll();
        List<ObservationSummary> newestFirst = new ArrayList<>(observations.observationsOf(coupleId));
        Collections.reverse(newestFirst);
        if (newestFirst.isEmpty()) {
            list.add(new Paragraph("No observations yet. Write the first one after a session."));
        }
        newestFirst.forEach(o -> list.add(new ObservationCard(o, format, actions)));
    }

    /** The cards' buttons: each opens its dialog, and the list reloads after a change. */
    private final class Actions implements ObservationActions {

        @Override
        public void edit(ObservationSummary observation) {
            // The dialog could not show that session, and saving would then quietly drop it.
            if (observation.sessionId() != null && sessions.stream().noneMatch(s -> observation.sessionId() == s.id())) {
                Notification.show("This observation is about a session added since this page was opened. "
                        + "Reload the page to edit it.", 6000, Notification.Position.MIDDLE);
                return;
            }
            ObservationDialog.forEdit(observations, observation, sessions, ObservationsPanel.this::refresh).open();
        }

        @Override
        public void history(ObservationSummary observation) {
            new HistoryDialog(observations.history(observation.id())).open();
        }

        @Override
        public void sign(ObservationSummary observation) {
            new SignDialog(observations, observation, ObservationsPanel.this::refresh).open();
        }

        @Override
        public void addAddendum(ObservationSummary observation) {
            new AddendumDialog(observations, observation, ObservationsPanel.this::refresh).open();
        }
    }
}
