package app.kindred.invitation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A link to pass on by hand: read-only, selected when focused, with a Copy button. Vaadin's
 * clipboard helper is not free, so the browser's own clipboard API is used; where it is refused
 * (an insecure page) the text is selected for Ctrl+C instead.
 */
class LinkBox extends Composite<HorizontalLayout> {

    LinkBox(String label, String link) {
        TextField field = new TextField(label);
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy link", VaadinIcon.COPY.create(), e -> copy(e.getSource(), link, field));
        HorizontalLayout row = getContent();
        row.add(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        field.addAttachListener(e -> field.focus());
    }

    static void copy(Component source, String link, TextField fallback) {
        source.getElement().executeJs("return navigator.clipboard"
                + " ? navigator.clipboard.writeText($0).then(() => true, () => false) : false", link)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show("Link copied. Paste it into a message to the partner.", 4000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } else {
                        if (fallback != null) {
                            fallback.focus();
                        }
                        Notification.show("The browser did not allow copying: the link is selected, press Ctrl+C"
                                + " (⌘C on a Mac).", 6000, Notification.Position.BOTTOM_START);
                    }
                });
    }
}
