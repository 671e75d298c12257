package app.kindred.admin.ui;

import app.kindred.audit.AuditEvent;
import app.kindred.audit.AuditFilter;
import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.security.AppRoles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The clinic's audit log, read-only, newest first, filtered by actor, action, couple and date. */
@Route("admin/audit")
@PageTitle("Audit log | Kindred")
@Menu(order = 11, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(AppRoles.CLINIC_ADMIN)
class AuditLogView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final AuditService audit;
    private final CoupleService couples;
    private final ZoneId zone;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField("Actor");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField couple = new TextField("Couple reference");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    AuditLogView(AuditService audit, CoupleService couples, ClinicService clinics) {
        this.audit = audit;
        this.couples = couples;
        this.zone = clinics.myClinic().timezone();
        getStyle().set("padding", "var(--lumo-space-l)").set("display", "flex").set("flex-direction", "column")
                .set("height", "100%").set("box-sizing", "border-box");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        couple.setValueChangeMode(ValueChangeMode.LAZY);
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {actor, action, couple, from, to}) {
            field.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(actor, action, couple, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        grid.setAriaLabel("Audit events");
        grid.addColumn(e -> TIME.format(e.getOccurredAt().atZone(zone))).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.getSubjectType() == null ? "" : e.getSubjectType() + " " + e.getSubjectId())
                .setHeader("Subject").setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader("Details").setFlexGrow(1);
        add(new H2("Audit log"), filters, grid);
        grid.setHeightFull();
        refresh();
    }

    private void refresh() {
        Long coupleId = null;
        couple.setInvalid(false);
        if (!couple.getValue().isBlank()) {
            try {
                coupleId = couples.getByReference(couple.getValue().trim()).id();
            } catch (CoupleNotFoundException e) {
                couple.setErrorMessage("No couple with this reference in the clinic.");
                couple.setInvalid(true);
                grid.setItems();
                return;
            }
        }
        AuditFilter filter = new AuditFilter(actor.getValue(), action.getValue(), coupleId == null ? null : "COUPLE",
                coupleId, from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }
}
