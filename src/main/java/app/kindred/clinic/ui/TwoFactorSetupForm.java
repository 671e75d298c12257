package app.kindred.clinic.ui;

import app.kindred.clinic.TwoFactorSetup;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Predicate;

/**
 * The three steps of adding Kindred to an authenticator app: scan (or type the secret), then
 * prove it worked with a first code. Used on the account page and when a clinic requires it.
 */
class TwoFactorSetupForm extends VerticalLayout {

    /** {@code confirm} gets the typed code and says whether it was right (and set-up done). */
    TwoFactorSetupForm(TwoFactorSetup setup, Predicate<String> confirm) {
        setPadding(false);
        Image qr = new Image(setup.qrCodeDataUri(), "QR code to scan with an authenticator app");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Span secret = new Span(setup.secretForTyping());
        secret.addClassName("totp-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        CodeField code = new CodeField("Code from the app");
        Button confirmButton = new Button("Turn on two-factor sign-in", e -> {
            if (!confirm.test(code.getValue())) {
                code.refuse("That code is not right. Type the code the app shows now (it changes every 30 seconds).");
            }
        });
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.addClickShortcut(Key.ENTER);
        OrderedList steps = new OrderedList(
                new ListItem("Open an authenticator app on your phone (for example Google Authenticator,"
                        + " Microsoft Authenticator, FreeOTP or your password manager)."),
                new ListItem("Scan this QR code with it, or add an account by hand with the key below."),
                new ListItem("Type the 6-digit code the app then shows."));
        add(steps, qr, new Paragraph(new Span("Key: "), secret), code, confirmButton);
    }
}
