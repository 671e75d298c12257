package app.kindred.observation.ui;

import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.observation.ObservationService;
import app.kindred.security.AppRoles;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A couple's observations on their own page, until the couple workspace embeds the panel. A couple
 * that does not exist or that the caller may not see gets the app's one "not found" page.
 */
@Route("couples/:coupleId([0-9]{1,18})/observations")
@RolesAllowed(AppRoles.CLINICIAN)
class CoupleObservationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CoupleService couples;
    private final transient TherapySessionService sessions;
    private final transient ObservationService observations;
    private String title = "Observations | Kindred";

    CoupleObservationsView(CoupleService couples, TherapySessionService sessions, ObservationService observations) {
        this.couples = couples;
        this.sessions = sessions;
        this.observations = observations;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long coupleId = event.getRouteParameters().getLong("coupleId").orElseThrow();
        CoupleSummary couple;
        List<SessionSummary> sessionList;
        try {
            couple = couples.get(coupleId);
            sessionList = sessions.sessionsOf(coupleId);
        } catch (CoupleNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = "Observations " + couple.reference() + " | Kindred";
        removeAll();
        H2 heading = new H2("Couple " + couple.reference());
        Paragraph partners = new Paragraph(couple.partnerNames());
        partners.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(heading, partners, new ObservationsPanel(observations, coupleId, sessionList));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
