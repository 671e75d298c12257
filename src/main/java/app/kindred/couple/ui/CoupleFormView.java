package app.kindred.couple.ui;

import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.PartnerLabel;
import app.kindred.couple.StaleCoupleException;
import app.kindred.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Creates a couple, or edits one ({@code couples/:coupleId/edit}). Nothing typed is lost on an error. */
@Route("couples/new")
@RouteAlias("couples/:coupleId/edit")
@PageTitle("Couple | Kindred")
@RolesAllowed(AppRoles.CLINICIAN)
class CoupleFormView extends Main implements BeforeEnterObserver {

    private final CoupleService couples;
    private final Validator validator;
    private final H2 title = new H2("New couple");
    private final TextField reference = new TextField("Reference");
    private final DatePicker startedOn = new DatePicker("Therapy started on");
    private final PartnerFields partnerA = new PartnerFields("Partner A", "partnerA");
    private final PartnerFields partnerB = new PartnerFields("Partner B", "partnerB");
    private CoupleSummary editing;

    CoupleFormView(CoupleService couples, Validator validator, Clock clock) {
        this.couples = couples;
        this.validator = validator;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "48rem");
        reference.setHelperText("Unique in the clinic, e.g. C-0042. Leave as suggested or change it.");
        reference.setMaxLength(20);
        startedOn.setValue(LocalDate.now(clock));
        startedOn.setRequiredIndicatorVisible(true);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(editing == null ? ""
                : "couples/" + editing.id())));
        add(title, reference, startedOn, partnerA, partnerB, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("coupleId");
        if (id.isEmpty()) {
            reference.setValue(couples.suggestReference());
            return;
        }
        try {
            editing = couples.get(id.get());
        } catch (CoupleNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText("Edit " + editing.reference());
        reference.setValue(editing.reference());
        startedOn.setValue(editing.startedOn());
        startedOn.setReadOnly(true);
        partnerA.show(editing.partner(PartnerLabel.A));
        partnerB.show(editing.partner(PartnerLabel.B));
    }

    private void save() {
        NewCoupleData data = new NewCoupleData(reference.getValue(), startedOn.getValue(), partnerA.value(),
                partnerB.value(), null);
        Map<String, String> errors = validator.validate(data).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (x, y) -> x));
        partnerA.showErrors(errors);
        partnerB.showErrors(errors);
        PartnerFields.mark(reference, errors.get("reference"));
        PartnerFields.mark(startedOn, errors.get("startedOn"));
        if (!errors.isEmpty()) {
            return;
        }
        try {
            CoupleSummary saved = editing == null ? couples.create(data)
                    : couples.update(editing.id(), editing.version(), data);
            Notification.show("Saved " + saved.reference(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("couples/" + saved.id()));
        } catch (StaleCoupleException stale) {
            Notification.show(stale.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException refused) {
            PartnerFields.mark(reference, refused.getMessage());
        }
    }
}
