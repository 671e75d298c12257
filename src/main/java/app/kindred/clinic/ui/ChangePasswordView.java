package app.kindred.clinic.ui;

import app.kindred.clinic.ClinicianService;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.security.PasswordPolicy;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;

/** Replaces the signed-in user's password; required after a temporary one was set. */
@Route("account/password")
@PageTitle("Change password | Kindred")
@PermitAll
class ChangePasswordView extends Main {

    ChangePasswordView(ClinicianService clinicians) {
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "32rem");
        boolean required = CurrentUser.find().map(KindredUser::mustChangePassword).orElse(false);
        add(new H2("Change your password"));
        if (required) {
            add(new Paragraph("Your password was set by someone else. Choose your own before you continue."));
        }
        PasswordField current = new PasswordField("Current password");
        PasswordField next = new PasswordField("New password");
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        PasswordField repeat = new PasswordField("New password again");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        Button save = new Button("Change password", e -> {
            next.setInvalid(false);
            repeat.setInvalid(false);
            current.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords are not the same.");
                repeat.setInvalid(true);
                return;
            }
            try {
                clinicians.changeOwnPassword(current.getValue(), next.getValue());
            } catch (IllegalArgumentException refused) {
                PasswordField field = refused.getMessage().startsWith("The current") ? current : next;
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
                return;
            }
            // Ends this session too: signing in again with the new password proves it works.
            VaadinServletRequest.getCurrent().getHttpServletRequest().getSession().invalidate();
            UI.getCurrent().getPage().setLocation("login?changed");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, next, repeat, save);
    }
}
