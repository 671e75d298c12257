package app.kindred.observation.ui;

import app.kindred.observation.ObservationConflictException;
import app.kindred.observation.ObservationData;
import app.kindred.observation.ObservationLockedException;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.questionnaire.Condition;
import app.kindred.therapysession.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a new observation or edits one. When someone else saved in between, the editor's text
 * stays in the text area and the saved text appears read-only beside it, so nothing is lost.
 */
class ObservationDialog extends Dialog {

    private final TextArea text = new TextArea("Observation");
    private final Select<SessionSummary> session = new Select<>();
    private final MultiSelectComboBox<Condition> conditions = new MultiSelectComboBox<>("Conditions");
    private final TextArea saved = new TextArea("Saved text, changed by someone else");
    private final Div problem = new Div();
    private final Button save = new Button("Save");
    private final Button cancel = new Button("Cancel", e -> close());

    private final Function<ObservationData, ObservationSummary> saver;
    private final Supplier<String> savedText;
    private boolean listIsStale;

    /**
     * @param savedText the text as stored now, shown beside the editor's after a conflict; {@code null} for a new one
     * @param refresh runs once the dialog closes after something changed, saved or refused
     */
    private ObservationDialog(String title, List<SessionSummary> sessions, Function<ObservationData, ObservationSummary> saver,
            Supplier<String> savedText, Runnable refresh) {
        this.saver = saver;
        this.savedText = savedText;
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        text.setRequired(true);
        text.setMinHeight("12rem");
        text.setHelperText("At most 20,000 characters.");
        saved.setReadOnly(true);
        saved.setVisible(false);
        session.setLabel("Session");
        session.setWidth("min(24rem, 100%)");
        session.setItems(sessions);
        session.setEmptySelectionAllowed(true);
        session.setEmptySelectionCaption("No session");
        session.setItemLabelGenerator(ObservationFormat::session);
        conditions.setItems(Condition.values());
        conditions.setItemLabelGenerator(Condition::label);
        conditions.setHelperText("The conditions this observation is about, if any.");
        conditions.setWidthFull();
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        FlexLayout texts = new FlexLayout(text, saved);
        texts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        texts.getStyle().set("gap", "var(--lumo-space-m)");
        // Side by side when there is room, one above the other on a narrow screen.
        text.getStyle().set("flex", "1 1 18rem");
        saved.getStyle().set("flex", "1 1 18rem");
        texts.setWidthFull();
        add(problem, texts, session, conditions);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && listIsStale) {
                refresh.run();
            }
        });
    }

    static ObservationDialog forNew(ObservationService observations, long coupleId, List<SessionSummary> sessions,
            Runnable refresh) {
        return new ObservationDialog("Write an observation", sessions, data -> observations.write(coupleId, data),
                null, refresh);
    }

    static ObservationDialog forEdit(ObservationService observations, ObservationSummary observation,
            List<SessionSummary> sessions, Runnable refresh) {
        ObservationDialog dialog = new ObservationDialog("Edit the observation", sessions,
                data -> observations.edit(observation.id(), observation.version(), data),
                () -> observations.get(observation.id()).text(), refresh);
        dialog.text.setValue(observation.text());
        sessions.stream().filter(s -> Long.valueOf(s.id()).equals(observation.sessionId())).findFirst()
                .ifPresent(dialog.session::setValue);
        dialog.conditions.setValue(observation.conditions());
        return dialog;
    }

    private void save() {
        text.setInvalid(false);
        session.setInvalid(false);
        try {
            saver.apply(new ObservationData(text.getValue(),
                    session.getOptionalValue().map(SessionSummary::id).orElse(null), conditions.getValue()));
        } catch (ObservationConflictException conflict) {
            refuse(conflict.getMessage());
            if (savedText != null) {
                saved.setValue(savedText.get());
                saved.setVisible(true);
            }
            return;
        } catch (ObservationLockedException locked) {
            refuse(locked.getMessage());
            return;
        } catch (IllegalArgumentException invalid) {
            boolean aboutSession = invalid.getMessage().contains("session");
            (aboutSession ? session : text).setErrorMessage(invalid.getMessage());
            session.setInvalid(aboutSession);
            text.setInvalid(!aboutSession);
            return;
        }
        listIsStale = true;
        close();
    }

    /** Saving again would only be refused again: the editor copies their text and starts over. */
    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
        save.setEnabled(false);
        listIsStale = true;
        cancel.setText("Close");
        text.focus();
    }
}
