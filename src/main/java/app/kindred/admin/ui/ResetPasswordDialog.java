package app.kindred.admin.ui;

import app.kindred.clinic.ClinicianAdminService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** Sets a new temporary password; the clinician must change it at their next sign-in. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(ClinicianAdminService admin, ClinicianSummary clinician) {
        setHeaderTitle("Reset the password of " + clinician.displayName());
        TextField password = new TextField("Temporary password", TemporaryPassword.generate(), "");
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph("They will be asked to choose their own password when they next sign in."), password, error);
        Button save = new Button("Reset password", e -> {
            try {
                admin.resetPassword(clinician.id(), password.getValue());
                close();
                Notification.show("Password reset. Give " + clinician.displayName() + " the temporary password.");
            } catch (IllegalArgumentException refused) {
                error.setText(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
