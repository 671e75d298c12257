package app.kindred.dashboard.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.couple.CoupleStatus;
import app.kindred.dashboard.CaseloadFilter;
import app.kindred.dashboard.CaseloadKpis;
import app.kindred.dashboard.CaseloadService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The start page after sign-in: the caseload at a glance, then the couples to work with. */
@Route("")
@PageTitle("Caseload | Kindred")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Caseload")
@RolesAllowed(AppRoles.CLINICIAN)
class DashboardView extends Main {

    private final CaseloadGrid grid;
    private final TextField search = new TextField();
    private final Select<CoupleStatus> status = new Select<>();
    private final Checkbox flagged = new Checkbox("Flagged only");
    private final ComboBox<ClinicianSummary> clinician = new ComboBox<>("Clinician");

    DashboardView(ClinicService clinics, CaseloadService caseload, ClinicianService clinicians) {
        addClassName("dashboard");
        getStyle().set("padding", "var(--lumo-space-l)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)").set("height", "100%").set("box-sizing", "border-box");
        Button add = new Button("Add couple", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate("couples/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("Caseload"), add);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph clinic = new Paragraph(clinics.myClinic().name());
        clinic.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        grid = new CaseloadGrid(caseload, CurrentUser.require().isAdmin());
        add(header, clinic, kpis(caseload.kpis()), filters(clinicians), grid, grid.emptyState());
        refresh();
    }

    private HorizontalLayout filters(ClinicianService clinicians) {
        search.setLabel("Search");
        search.setPlaceholder("Reference or partner name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(CoupleStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.addValueChangeListener(e -> refresh());
        flagged.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status);
        if (CurrentUser.require().isAdmin()) {
            clinician.setItems(clinicians.clinicianList());
            clinician.setItemLabelGenerator(ClinicianSummary::displayName);
            clinician.setClearButtonVisible(true);
            clinician.setPlaceholder("All clinicians");
            clinician.addValueChangeListener(e -> refresh());
            filters.add(clinician);
        }
        filters.add(flagged);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private void refresh() {
        ClinicianSummary chosen = clinician.getValue();
        grid.show(new CaseloadFilter(search.getValue(), status.getValue(), flagged.getValue(),
                chosen == null ? null : chosen.id()));
    }

    private static FlexLayout kpis(CaseloadKpis kpis) {
        FlexLayout row = new FlexLayout(
                kpi("Active couples", kpis.activeCouples()),
                kpi("Invitations waiting", kpis.invitationsWaiting()),
                kpi("Assessments this week", kpis.assessmentsThisWeek()),
                kpi("Couples flagged", kpis.couplesFlagged()));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private static Div kpi(String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(number, caption);
        card.addClassName("kpi");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-m)")
                .set("min-width", "11rem").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }
}
