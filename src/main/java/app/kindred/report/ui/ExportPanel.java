package app.kindred.report.ui;

import app.kindred.couple.CoupleSummary;
import app.kindred.report.CaseSummaryOptions;
import app.kindred.report.ReportFileNames;
import app.kindred.report.ReportService;
import app.kindred.therapysession.SessionSummary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The couple workspace's exports: a case summary over a range of sessions and a report of one
 * session, each a link that downloads the PDF. The links are rebuilt whenever a choice changes,
 * so a download always carries exactly what was on screen when it was clicked.
 */
public class ExportPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final transient ReportService reports;
    private final CoupleSummary couple;
    private final Checkbox pseudonymise = new Checkbox("Pseudonymise (Partner A and Partner B, no contact details)");
    private final Select<SessionSummary> from = sessionSelect("From session");
    private final Select<SessionSummary> to = sessionSelect("To session");
    private final Select<SessionSummary> session = sessionSelect("Session");
    private final Anchor caseSummary = new Anchor();
    private final Anchor sessionReport = new Anchor();

    public ExportPanel(ReportService reports, CoupleSummary couple, List<SessionSummary> sessions) {
        this.reports = reports;
        this.couple = couple;
        addClassName("export-panel");
        add(new H3("Export"));
        caseSummary.setText("Download case summary (PDF)");
        sessionReport.setText("Download session report (PDF)");
        if (sessions.isEmpty()) {
            add(pseudonymise, row(caseSummary), new Paragraph("Session reports appear once a session exists."));
        } else {
            from.setItems(sessions);
            to.setItems(sessions);
            session.setItems(sessions);
            from.setValue(sessions.get(0));
            to.setValue(sessions.get(sessions.size() - 1));
            session.setValue(sessions.get(sessions.size() - 1));
            add(pseudonymise, row(from, to, caseSummary), row(session, sessionReport));
        }
        pseudonymise.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        session.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        boolean pseudonymised = pseudonymise.getValue();
        SessionSummary first = from.getValue();
        SessionSummary last = to.getValue();
        boolean backwards = first != null && last != null && first.number() > last.number();
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? "Choose a session after the first one." : null);
        caseSummary.setEnabled(!backwards);
        if (!backwards) {
            CaseSummaryOptions options = new CaseSummaryOptions(first == null ? null : first.number(),
                    last == null ? null : last.number(), pseudonymised);
            caseSummary.setHref(PdfDownload.of(() -> ReportFileNames.caseSummary(couple.reference(), reports.today()),
                    out -> reports.writeCaseSummary(couple.id(), options, out)), AttachmentType.DOWNLOAD);
        }
        SessionSummary chosen = session.getValue();
        sessionReport.setEnabled(chosen != null);
        if (chosen != null) {
            sessionReport.setHref(PdfDownload.of(
                    () -> ReportFileNames.sessionReport(couple.reference(), chosen.number(), reports.today()),
                    out -> reports.writeSessionReport(chosen.id(), pseudonymised, out)), AttachmentType.DOWNLOAD);
        }
    }

    private static Select<SessionSummary> sessionSelect(String label) {
        Select<SessionSummary> select = new Select<>();
        select.setLabel(label);
        select.setItemLabelGenerator(s -> "Session " + s.number() + " · " + DATE.format(s.date()));
        return select;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }
}
