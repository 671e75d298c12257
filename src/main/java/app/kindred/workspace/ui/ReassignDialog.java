package app.kindred.workspace.ui;

import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/** An admin hands the couple to another active clinician of the clinic. */
class ReassignDialog extends Dialog {

    ReassignDialog(CoupleService couples, ClinicianService clinicians, CoupleSummary couple,
            Consumer<CoupleSummary> reassigned) {
        setHeaderTitle("Reassign " + couple.reference());
        ComboBox<ClinicianSummary> to = new ComboBox<>("New clinician");
        to.setItems(clinicians.clinicianList().stream().filter(ClinicianSummary::active)
                .filter(c -> c.id() != couple.clinicianId()).toList());
        to.setItemLabelGenerator(ClinicianSummary::displayName);
        to.setWidthFull();
        add(to);
        Button save = new Button("Reassign", e -> {
            if (to.getValue() == null) {
                to.setErrorMessage("Choose a clinician.");
                to.setInvalid(true);
                return;
            }
            try {
                CoupleSummary updated = couples.reassign(couple.id(), to.getValue().id());
                close();
                reassigned.accept(updated);
            } catch (IllegalArgumentException refused) {
                to.setErrorMessage(refused.getMessage());
                to.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
