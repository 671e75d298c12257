package app.kindred.workspace.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleStatus;
import app.kindred.couple.CoupleSummary;
import app.kindred.invitation.InvitationService;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ui.ObservationsPanel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.ScoringService;
import app.kindred.report.ReportService;
import app.kindred.report.ui.ExportPanel;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a therapist works with one couple. The address takes the couple's id or its reference;
 * a couple the user may not see looks exactly like one that does not exist.
 */
@Route("couples/:couple")
@RolesAllowed(AppRoles.CLINICIAN)
class CoupleWorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CoupleService couples;
    private final TherapySessionService sessions;
    private final InvitationService invitations;
    private final ScoringService scoring;
    private final ClinicianService clinicians;
    private final ClinicService clinics;
    private final ObservationService observations;
    private final ReportService reports;
    private final Clock clock;
    private String title = "Couple | Kindred";

    CoupleWorkspaceView(CoupleService couples, TherapySessionService sessions, InvitationService invitations,
            ScoringService scoring, ClinicianService clinicians, ClinicService clinics, ObservationService observations,
            ReportService reports, Clock clock) {
        this.observations = observations;
        this.couples = couples;
        this.sessions = sessions;
        this.invitations = invitations;
        this.scoring = scoring;
        this.clinicians = clinicians;
        this.clinics = clinics;
        this.reports = reports;
        this.clock = clock;
        addClassName("workspace");
        getStyle().set("padding", "var(--lumo-space-l)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-l)").set("max-width", "80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("couple").orElse("");
        try {
            CoupleSummary couple = key.matches("\\d{1,18}") ? couples.get(Long.parseLong(key)) : couples.getByReference(key);
            show(couple);
        } catch (CoupleNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CoupleSummary couple) {
        removeAll();
        title = couple.reference() + " | Kindred";
        CoupleScores scores = scoring.scoresOfCouple(couple.id(), false);
        String clinician = clinicians.findInMyClinic(couple.clinicianId()).map(ClinicianSummary::displayName).orElse("—");
        var zone = clinics.myClinic().timezone();
        List<SessionSummary> coupleSessions = sessions.sessionsOf(couple.id());
        Runnable addSession = () -> new AddSessionDialog(sessions, couple.id(), LocalDate.now(clock.withZone(zone)),
                added -> getUI().ifPresent(ui -> ui.navigate("couples/" + couple.id() + "/sessions/" + added.id()))).open();
        add(new WorkspaceHeader(couple, clinician, scores, actions(couple)),
                new ScoreSection(scores),
                new ConditionHeatmap(scores),
                new ExportPanel(reports, couple, coupleSessions),
                twoColumns(new SessionComparison(scores), new ObservationsPanel(observations, couple.id(), coupleSessions)),
                new SessionsTimeline(couple, coupleSessions, invitations.invitationsOfCouple(couple.id()),
                        zone, addSession, invitations));
    }

    private HorizontalLayout actions(CoupleSummary couple) {
        Button edit = new Button("Edit", e -> getUI().ifPresent(ui -> ui.navigate("couples/" + couple.id() + "/edit")));
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (couple.status() == CoupleStatus.ACTIVE) {
            actions.add(new Button("Pause", e -> changeStatus(couple, CoupleStatus.PAUSED)));
        } else {
            actions.add(new Button("Make active", e -> changeStatus(couple, CoupleStatus.ACTIVE)));
        }
        if (couple.status() != CoupleStatus.CLOSED) {
            actions.add(new Button("Close", e -> changeStatus(couple, CoupleStatus.CLOSED)));
        }
        if (CurrentUser.require().isAdmin()) {
            actions.add(new Button("Reassign", e -> new ReassignDialog(couples, clinicians, couple, this::show).open()));
            actions.add(new Button("Privacy", e -> getUI().ifPresent(ui -> ui.navigate("admin/couples/" + couple.id()
                    + "/privacy"))));
        }
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void changeStatus(CoupleSummary couple, CoupleStatus status) {
        show(couples.changeStatus(couple.id(), status));
    }

    private static Component twoColumns(Component left, Component right) {
        Div row = new Div(left, right);
        row.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        return row;
    }

}
