package app.kindred.dashboard.ui;

import app.kindred.dashboard.CaseloadFilter;
import app.kindred.dashboard.CaseloadRow;
import app.kindred.dashboard.CaseloadService;
import app.kindred.dashboard.CaseloadSort;
import app.kindred.questionnaire.scoring.Scores;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.format.FormatStyle;

/**
 * The caseload as a lazy grid: each page and its sort come from SQL, so 10,000 couples load as
 * fast as ten. A click on a row opens the couple.
 */
class CaseloadGrid extends Grid<CaseloadRow> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final CaseloadService caseload;
    private final Paragraph empty = new Paragraph();
    private CaseloadFilter filter = CaseloadFilter.none();

    CaseloadGrid(CaseloadService caseload, boolean showClinician) {
        super(CaseloadRow.class, false);
        this.caseload = caseload;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel("Couples in the caseload");
        addColumn(CaseloadRow::reference).setHeader("Reference").setSortProperty(CaseloadSort.REFERENCE.name())
                // Wide enough for the header and its sort arrows, which auto width does not measure.
                .setWidth("9rem").setFlexGrow(0);
        addColumn(r -> r.partnerA() + " & " + r.partnerB()).setHeader("Partners")
                .setSortProperty(CaseloadSort.PARTNERS.name()).setFlexGrow(3).setWidth("16rem");
        addComponentColumn(r -> index(r.partnerA(), r.indexA(), r.previousIndexA())).setHeader("Index A")
                .setSortProperty(CaseloadSort.INDEX_A.name()).setAutoWidth(true);
        addComponentColumn(r -> index(r.partnerB(), r.indexB(), r.previousIndexB())).setHeader("Index B")
                .setSortProperty(CaseloadSort.INDEX_B.name()).setAutoWidth(true);
        addComponentColumn(CaseloadGrid::flags).setHeader("Flags").setSortProperty(CaseloadSort.FLAGS.name())
                .setAutoWidth(true);
        addColumn(r -> r.lastSession() == null ? "—" : DATE.format(r.lastSession())).setHeader("Last session")
                .setSortProperty(CaseloadSort.LAST_SESSION.name()).setAutoWidth(true);
        addColumn(r -> r.status().label()).setHeader("Status").setSortProperty(CaseloadSort.STATUS.name())
                .setAutoWidth(true);
        if (showClinician) {
            addColumn(CaseloadRow::clinician).setHeader("Clinician").setAutoWidth(true);
        }
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("couples/" + e.getItem().coupleId())));
        setMinHeight("20rem");
        setHeightFull();
    }

    void show(CaseloadFilter newFilter) {
        this.filter = newFilter;
        setItems(query -> {
            CaseloadSort sort = CaseloadSort.REFERENCE;
            boolean ascending = true;
            if (!query.getSortOrders().isEmpty()) {
                var first = query.getSortOrders().get(0);
                sort = CaseloadSort.valueOf(first.getSorted());
                ascending = first.getDirection() == SortDirection.ASCENDING;
            }
            return caseload.page(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> caseload.count(filter));
        boolean none = caseload.count(filter) == 0;
        boolean filtered = filter.search() != null && !filter.search().isBlank() || filter.status() != null
                || filter.flaggedOnly() || filter.clinicianId() != null;
        empty.setText(filtered ? "No couple matches these filters. Clear the search or the filters to see all."
                : "No couples yet. Add your first couple to start inviting partners.");
        empty.setVisible(none);
        setVisible(!none);
    }

    Component emptyState() {
        empty.setVisible(false);
        return empty;
    }

    /** The rounded index with an arrow against the previous assessment. */
    private static Component index(String name, Double index, Double previous) {
        if (index == null) {
            Span none = new Span("—");
            none.getElement().setAttribute("title", name + " has not answered yet");
            return none;
        }
        int now = Scores.round(index);
        Span value = new Span(String.valueOf(now));
        Div cell = new Div(value);
        cell.getStyle().set("display", "flex").set("gap", "0.25em").set("align-items", "center");
        if (previous != null) {
            int before = Scores.round(previous);
            VaadinIcon arrow = now > before ? VaadinIcon.ARROW_UP : now < before ? VaadinIcon.ARROW_DOWN : VaadinIcon.ARROW_RIGHT;
            Icon icon = arrow.create();
            icon.setSize("0.9em");
            String trend = now > before ? "up from " : now < before ? "down from " : "unchanged from ";
            icon.getElement().setAttribute("aria-label", trend + before);
            icon.getElement().setAttribute("title", name + ": " + trend + before);
            cell.add(icon);
        }
        return cell;
    }

    /** One flag icon per kind of finding; hovering (or a screen reader) gives every reason. */
    private static Component flags(CaseloadRow row) {
        Div cell = new Div();
        Map<String, List<String>> byKind = row.flagReasons().stream().collect(Collectors.groupingBy(
                reason -> reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason,
                LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, reasons) -> {
            Icon icon = VaadinIcon.FLAG.create();
            icon.setSize("1em");
            icon.setColor("var(--lumo-error-text-color)");
            String text = String.join("\n", reasons);
            icon.getElement().setAttribute("title", text);
            icon.getElement().setAttribute("aria-label", text);
            icon.getElement().setAttribute("role", "img");
            cell.add(icon);
        });
        return cell;
    }
}
