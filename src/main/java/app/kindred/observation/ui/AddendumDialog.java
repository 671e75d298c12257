package app.kindred.observation.ui;

import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Corrects a signed observation without touching it: the addendum is listed under it. */
class AddendumDialog extends Dialog {

    AddendumDialog(ObservationService observations, ObservationSummary signed, Runnable onSaved) {
        setHeaderTitle("Add an addendum");
        setWidth("min(50rem, 95vw)");
        TextArea original = new TextArea("Signed observation");
        original.setValue(signed.text());
        original.setReadOnly(true);
        original.setWidthFull();
        original.setMaxHeight("12rem");
        TextArea text = new TextArea("Addendum");
        text.setRequired(true);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setHelperText("At most 20,000 characters. You can sign the addendum once it is saved.");
        add(new Paragraph("The signed observation stays as it is. The addendum is listed under it."), original, text);

        Button save = new Button("Save addendum", e -> {
            try {
                observations.addAddendum(signed.id(), text.getValue());
            } catch (IllegalArgumentException | IllegalStateException refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
                return;
            }
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
