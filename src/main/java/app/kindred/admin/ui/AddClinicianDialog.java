package app.kindred.admin.ui;

import app.kindred.clinic.ClinicianAdminService;
import app.kindred.clinic.ClinicianRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Adds an account with a temporary password that the clinician must replace at first sign-in. */
class AddClinicianDialog extends Dialog {

    AddClinicianDialog(ClinicianAdminService admin, Runnable added) {
        setHeaderTitle("Add clinician");
        TextField name = new TextField("Name");
        TextField username = new TextField("Username");
        username.setHelperText("Lower-case letters, digits, dots or dashes");
        TextField password = new TextField("Temporary password", TemporaryPassword.generate(), "");
        password.setHelperText("Give it to them in person or by phone; they choose their own at first sign-in.");
        Select<ClinicianRole> role = new Select<>();
        role.setLabel("Role");
        role.setItems(ClinicianRole.values());
        role.setItemLabelGenerator(ClinicianRole::label);
        role.setValue(ClinicianRole.CLINICIAN);
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(name, username, password, role, error);
        Button save = new Button("Add", e -> {
            try {
                admin.createClinician(username.getValue(), name.getValue(), password.getValue(), role.getValue());
                close();
                added.run();
            } catch (IllegalArgumentException refused) {
                error.setText(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
