package app.kindred.couple.ui;

import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.couple.NewCoupleData.PartnerData;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Name, email and pronouns of one partner. */
class PartnerFields extends FormLayout {

    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email (optional)");
    final TextField pronouns = new TextField("Pronouns (optional)");
    private final String prefix;

    PartnerFields(String title, String prefix) {
        this.prefix = prefix;
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setHelperText("Used only to send questionnaire links");
        pronouns.setMaxLength(40);
        H3 heading = new H3(title);
        add(heading, name, email, pronouns);
        setColspan(heading, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    PartnerData value() {
        return new PartnerData(name.getValue(), email.getValue(), pronouns.getValue());
    }

    void show(PartnerSummary partner) {
        name.setValue(partner.displayName());
        email.setValue(partner.email() == null ? "" : partner.email());
        pronouns.setValue(partner.pronouns() == null ? "" : partner.pronouns());
    }

    /** Shows the messages whose property path points into this partner ("partnerA.email"). */
    void showErrors(Map<String, String> errors) {
        mark(name, errors.get(prefix + ".displayName"));
        mark(email, errors.get(prefix + ".email"));
        mark(pronouns, errors.get(prefix + ".pronouns"));
    }

    static void mark(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
