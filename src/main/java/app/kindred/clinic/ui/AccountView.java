package app.kindred.clinic.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.TwoFactorService;
import app.kindred.clinic.TwoFactorService.TwoFactorStatus;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in user's own account: password, two-factor sign-in and recovery codes, and for a
 * clinic admin whether the whole clinic must use two-factor sign-in.
 */
@Route("account")
@PageTitle("Account | Kindred")
@Menu(order = 90, icon = "vaadin:user", title = "Account")
@PermitAll
class AccountView extends Main {

    private final transient TwoFactorService twoFactor;
    private final Div twoFactorSection = new Div();

    AccountView(TwoFactorService twoFactor, ClinicService clinics) {
        this.twoFactor = twoFactor;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "44rem");
        KindredUser me = CurrentUser.require();
        add(new H2("Your account"), new Paragraph(me.displayName() + " · signed in as " + me.getUsername()));
        add(new H3("Password"), new RouterLink("Change your password", ChangePasswordView.class));
        add(new H3("Two-factor sign-in"), twoFactorSection);
        showTwoFactorStatus();
        if (me.isAdmin()) {
            add(new H3("Clinic"), clinicRule(clinics));
        }
    }

    private void showTwoFactorStatus() {
        TwoFactorStatus status = twoFactor.status();
        twoFactorSection.removeAll();
        if (!status.enabled()) {
            twoFactorSection.add(new Paragraph("Off. With two-factor sign-in, signing in needs a code from an"
                    + " authenticator app on your phone as well as your password, so a stolen password alone is"
                    + " not enough."));
            if (status.requiredByClinic()) {
                twoFactorSection.add(new Paragraph("Your clinic requires it: set it up now, or you will be asked to"
                        + " at your next sign-in."));
            }
            Button setUp = new Button("Set up two-factor sign-in", e -> startSetup());
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactorSection.add(setUp);
            return;
        }
        twoFactorSection.add(new Paragraph("On. Recovery codes left: " + status.recoveryCodesLeft() + "."));
        Button newCodes = new Button("Make new recovery codes", e -> showCodes(twoFactor.newRecoveryCodes()));
        HorizontalLayout actions = new HorizontalLayout(newCodes);
        if (status.requiredByClinic()) {
            twoFactorSection.add(new Paragraph("Your clinic requires two-factor sign-in, so it can not be turned off."));
        } else {
            actions.add(new Button("Turn off…", e -> askCodeToTurnOff()));
        }
        twoFactorSection.add(actions);
    }

    private void startSetup() {
        twoFactorSection.removeAll();
        twoFactorSection.add(new TwoFactorSetupForm(twoFactor.beginSetup(),
                code -> twoFactor.confirmSetup(code).map(codes -> {
                    showCodes(codes);
                    return true;
                }).orElse(false)));
    }

    private void showCodes(List<String> codes) {
        twoFactorSection.removeAll();
        Button done = new Button("I have stored them", e -> showTwoFactorStatus());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactorSection.add(new RecoveryCodesPanel(codes, done));
    }

    private void askCodeToTurnOff() {
        twoFactorSection.removeAll();
        CodeField code = new CodeField("Code from the app, or a recovery code");
        Button turnOff = new Button("Turn off two-factor sign-in", e -> {
            if (twoFactor.turnOff(code.getValue())) {
                Notification.show("Two-factor sign-in is off.");
                showTwoFactorStatus();
            } else {
                code.refuse("That code is not right.");
            }
        });
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> showTwoFactorStatus());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        twoFactorSection.add(new Paragraph("To turn it off, prove once more that you have the app."), code,
                new HorizontalLayout(turnOff, cancel));
    }

    private Div clinicRule(ClinicService clinics) {
        Checkbox required = new Checkbox("Require two-factor sign-in for everyone in " + clinics.myClinic().name());
        required.setValue(clinics.myClinic().requireTotp());
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clinics.setRequireTotp(e.getValue());
                Notification.show(e.getValue() ? "Everyone without two-factor sign-in is asked to set it up at their"
                        + " next sign-in." : "Two-factor sign-in is now optional in this clinic.");
                showTwoFactorStatus();
            }
        });
        return new Div(required, new Paragraph("Recommended: clinical notes are among the most sensitive data there is."));
    }
}
