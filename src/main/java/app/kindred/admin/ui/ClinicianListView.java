package app.kindred.admin.ui;

import app.kindred.clinic.ClinicianAdminService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic's accounts: add, deactivate, reset a password, change a role. */
@Route("admin/clinicians")
@PageTitle("Clinicians | Kindred")
@Menu(order = 10, icon = "vaadin:users", title = "Clinicians")
@RolesAllowed(AppRoles.CLINIC_ADMIN)
class ClinicianListView extends Main {

    private final ClinicianService clinicians;
    private final ClinicianAdminService admin;
    private final Grid<ClinicianSummary> grid = new Grid<>();

    ClinicianListView(ClinicianService clinicians, ClinicianAdminService admin) {
        this.clinicians = clinicians;
        this.admin = admin;
        getStyle().set("padding", "var(--lumo-space-l)");
        Button add = new Button("Add clinician", e -> new AddClinicianDialog(admin, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setAriaLabel("Clinicians");
        grid.addColumn(ClinicianSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ClinicianSummary::username).setHeader("Username");
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(c -> c.active() ? "Active" : "Deactivated").setHeader("Account");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new HorizontalLayout(new H2("Clinicians"), add), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clinicians.clinicianList());
    }

    private Select<ClinicianRole> roleSelect(ClinicianSummary clinician) {
        Select<ClinicianRole> role = new Select<>();
        role.setItems(ClinicianRole.values());
        role.setItemLabelGenerator(ClinicianRole::label);
        role.setValue(clinician.role());
        role.setAriaLabel("Role of " + clinician.displayName());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> admin.changeRole(clinician.id(), e.getValue()), clinician.displayName() + " is now "
                        + e.getValue().label());
            }
        });
        return role;
    }

    private HorizontalLayout actions(ClinicianSummary clinician) {
        Button active = new Button(clinician.active() ? "Deactivate" : "Activate",
                e -> attempt(() -> admin.setActive(clinician.id(), !clinician.active()),
                        clinician.displayName() + (clinician.active() ? " can no longer sign in" : " can sign in again")));
        Button reset = new Button("Reset password", e -> new ResetPasswordDialog(admin, clinician).open());
        return new HorizontalLayout(active, reset);
    }

    private void attempt(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
