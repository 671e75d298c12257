package app.kindred.dashboard.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleService.CaseloadCounts;
import app.kindred.security.AppRoles;
import app.kindred.therapysession.TherapySessionService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The start page after sign-in: the caseload at a glance. */
@Route("")
@PageTitle("Dashboard | Kindred")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed(AppRoles.CLINICIAN)
class DashboardView extends Main {

    DashboardView(ClinicService clinics, CoupleService couples, TherapySessionService sessions) {
        getStyle().set("padding", "var(--lumo-space-l)");
        CaseloadCounts counts = couples.caseloadCounts();
        add(new H2("Dashboard"), new Paragraph(clinics.myClinic().name()));
        FlexLayout kpis = new FlexLayout(
                kpi("Couples", counts.couples()),
                kpi("Active couples", counts.activeCouples()),
                kpi("Sessions", sessions.countInCaseload()));
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kpis.getStyle().set("gap", "var(--lumo-space-m)");
        add(kpis);
        if (counts.couples() == 0) {
            add(new Paragraph("No couples yet. Add your first couple to start inviting partners."));
        }
    }

    private static Div kpi(String label, long value) {
        H3 number = new H3(String.valueOf(value));
        number.getStyle().set("margin", "0");
        Div card = new Div(number, new Span(label));
        card.addClassName("kpi");
        card.getElement().setAttribute("aria-label", label + ": " + value);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("min-width", "10rem")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }
}
