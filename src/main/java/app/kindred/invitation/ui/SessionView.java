package app.kindred.invitation.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.invitation.InvitationService;
import app.kindred.security.AppRoles;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One session of a couple: its header and its invitations. The couple workspace grows around it;
 * a session of another couple, or of a couple outside the caller's caseload, is "not found".
 */
@Route("couples/:coupleId/sessions/:sessionId")
@PageTitle("Session | Kindred")
@RolesAllowed(AppRoles.CLINICIAN)
class SessionView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final transient CoupleService couples;
    private final transient TherapySessionService sessions;
    private final transient InvitationService invitations;
    private final transient ClinicService clinics;

    SessionView(CoupleService couples, TherapySessionService sessions, InvitationService invitations,
            ClinicService clinics) {
        this.couples = couples;
        this.sessions = sessions;
        this.invitations = invitations;
        this.clinics = clinics;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long coupleId;
        CoupleSummary couple;
        SessionSummary session;
        try {
            coupleId = event.getRouteParameters().getLong("coupleId").orElse(-1L);
            long sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
            couple = couples.get(coupleId);
            session = sessions.requireAccessible(sessionId);
        } catch (CoupleNotFoundException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (session.coupleId() != coupleId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2("Session " + session.number() + " · " + session.kind().label()),
                new Paragraph(couple.reference() + " · " + couple.partnerNames() + " · " + DATE.format(session.date())),
                new SessionInvitationsPanel(invitations, session.id(), couple, clinics.myClinic().timezone()));
    }
}
