package app.kindred.privacy.ui;

import app.kindred.couple.CoupleSummary;
import app.kindred.privacy.CouplePrivacyService;
import app.kindred.privacy.ErasureResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the couple and what will go, and enables erasing only once the admin has typed the
 * couple's reference exactly: a misclick can never erase anyone.
 */
class EraseCoupleDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(EraseCoupleDialog.class);

    EraseCoupleDialog(CouplePrivacyService privacy, CoupleSummary couple, LongConsumer erased) {
        setHeaderTitle("Erase " + couple.reference() + "?");
        setWidth("32rem");
        Paragraph what = new Paragraph("This erases the personal data of " + couple.reference() + ", "
                + couple.partnerNames() + ": their names, emails and pronouns, every observation text with its "
                + "earlier versions, and their names and addresses in the audit log. Answers and scores stay, "
                + "without names. This cannot be undone.");
        TextField confirmation = new TextField("Type " + couple.reference() + " to confirm");
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button erase = new Button("Erase personal data");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        confirmation.addValueChangeListener(e -> erase.setEnabled(couple.reference().equals(e.getValue())));
        erase.addClickListener(e -> {
            try {
                ErasureResult result = privacy.erase(couple.id(), confirmation.getValue());
                close();
                Notification.show("The personal data of " + result.reference() + " was erased ("
                        + result.observationTexts() + " observation texts).", 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                erased.accept(couple.id());
            } catch (IllegalArgumentException refused) {
                error.setText(refused.getMessage());
            } catch (RuntimeException failed) {
                log.warn("Erasing couple {} failed", couple.id(), failed);
                error.setText("Nothing was erased: the erasure failed. Please try again.");
            }
        });
        add(what, confirmation, error);
        getFooter().add(new Button("Cancel", e -> close()), erase);
    }
}
