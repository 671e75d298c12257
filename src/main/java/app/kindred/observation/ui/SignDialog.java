package app.kindred.observation.ui;

import app.kindred.couple.CoupleErasedException;
import app.kindred.observation.ObservationConflictException;
import app.kindred.observation.ObservationLockedException;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Asks before signing, because a signature cannot be undone. */
class SignDialog extends ConfirmDialog {

    SignDialog(ObservationService observations, ObservationSummary observation, Runnable onDone) {
        setHeader(observation.isAddendum() ? "Sign this addendum?" : "Sign this observation?");
        setText("Signing locks it: nobody can edit it afterwards, and corrections can only be added as addenda.");
        setCancelable(true);
        setConfirmText("Sign");
        addConfirmListener(e -> {
            try {
                observations.sign(observation.id(), observation.version());
            } catch (ObservationConflictException | ObservationLockedException | CoupleErasedException refused) {
                Notification notification = Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            onDone.run();
        });
    }
}
