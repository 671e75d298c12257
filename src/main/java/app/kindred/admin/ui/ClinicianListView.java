package app.kindred.admin.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianAdminService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The clinic's accounts: add, deactivate, reset a password or two-factor sign-in, end a sign-in
 * lock early, change a role.
 */
@Route("admin/clinicians")
@PageTitle("Clinicians | Kindred")
@Menu(order = 10, icon = "vaadin:users", title = "Clinicians")
@RolesAllowed(AppRoles.CLINIC_ADMIN)
class ClinicianListView extends Main {

    private final ClinicianService clinicians;
    private final ClinicianAdminService admin;
    private final Grid<ClinicianSummary> grid = new Grid<>();
    private final Clock clock;
    private final ZoneId zone;

    ClinicianListView(ClinicianService clinicians, ClinicianAdminService admin, ClinicService clinics, Clock clock) {
        this.clinicians = clinicians;
        this.admin = admin;
        this.clock = clock;
        this.zone = clinics.myClinic().timezone();
        getStyle().set("padding", "var(--lumo-space-l)");
        Button add = new Button("Add clinician", e -> new AddClinicianDialog(admin, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setAriaLabel("Clinicians");
        grid.addColumn(ClinicianSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ClinicianSummary::username).setHeader("Username");
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(this::accountState).setHeader("Account").setFlexGrow(2);
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
        HorizontalLayout actions = new HorizontalLayout(active, reset);
        if (clinician.lockedAt(clock.instant())) {
            actions.add(new Button("Unlock", e -> attempt(() -> admin.unlock(clinician.id()),
                    clinician.displayName() + " can sign in again")));
        }
        if (clinician.twoFactorOn()) {
            actions.add(new Button("Reset two-factor", e -> confirmTwoFactorReset(clinician)));
        }
        return actions;
    }

    private String accountState(ClinicianSummary clinician) {
        List<String> parts = new ArrayList<>(List.of(clinician.active() ? "Active" : "Deactivated"));
        if (clinician.twoFactorOn()) {
            parts.add("two-factor on");
        }
        if (clinician.lockedAt(clock.instant())) {
            parts.add("locked until " + DateTimeFormatter.ofPattern("HH:mm").format(clinician.lockedUntil().atZone(zone)));
        }
        return String.join(" · ", parts);
    }

    private void confirmTwoFactorReset(ClinicianSummary clinician) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Reset two-factor sign-in of " + clinician.displayName() + "?");
        dialog.setText("Their authenticator app and recovery codes stop working. They sign in with their password "
                + "alone, or set up two-factor sign-in again where the clinic requires it. Do this only after you "
                + "have made sure, in person or by phone, that you are speaking with them.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Reset two-factor");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> attempt(() -> admin.resetTwoFactor(clinician.id()),
                "Two-factor sign-in of " + clinician.displayName() + " was reset"));
        dialog.open();
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
