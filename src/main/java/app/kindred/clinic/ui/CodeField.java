package app.kindred.clinic.ui;

import com.vaadin.flow.component.textfield.TextField;

/** Where a code from the authenticator app (or a recovery code) is typed. */
final class CodeField extends TextField {

    CodeField(String label) {
        super(label);
        setRequired(true);
        setMaxLength(20);
        setWidth("14rem");
        // Lets phones offer the code from an SMS or app, and keeps password managers out of it.
        getElement().setAttribute("autocomplete", "one-time-code");
        getElement().setAttribute("inputmode", "text");
        getElement().setAttribute("spellcheck", "false");
    }

    void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
