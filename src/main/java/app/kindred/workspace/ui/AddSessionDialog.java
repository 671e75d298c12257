package app.kindred.workspace.ui;

import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Adds a session with the next number and today's date suggested. */
class AddSessionDialog extends Dialog {

    AddSessionDialog(TherapySessionService sessions, long coupleId, LocalDate today, Consumer<SessionSummary> added) {
        setHeaderTitle("Add session");
        int next = sessions.suggestNextNumber(coupleId);
        IntegerField number = new IntegerField("Number");
        number.setValue(next);
        number.setMin(1);
        number.setStepButtonsVisible(true);
        DatePicker date = new DatePicker("Date", today);
        date.setRequiredIndicatorVisible(true);
        Select<SessionKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(SessionKind::label);
        kind.setValue(next == 1 ? SessionKind.INTAKE : SessionKind.REGULAR);
        add(number, date, kind);
        Button save = new Button("Add", e -> {
            number.setInvalid(false);
            date.setInvalid(false);
            if (number.getValue() == null || number.getValue() < 1) {
                number.setErrorMessage("Enter a session number of 1 or more.");
                number.setInvalid(true);
                return;
            }
            if (date.getValue() == null) {
                date.setErrorMessage("Choose the session date.");
                date.setInvalid(true);
                return;
            }
            try {
                SessionSummary session = sessions.addSession(coupleId, number.getValue(), date.getValue(), kind.getValue());
                close();
                added.accept(session);
            } catch (IllegalArgumentException refused) {
                number.setErrorMessage(refused.getMessage());
                number.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
