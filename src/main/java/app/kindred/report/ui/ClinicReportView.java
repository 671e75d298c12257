package app.kindred.report.ui;

import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.report.ClinicReportJob;
import app.kindred.report.ClinicReportJobs;
import app.kindred.report.ClinicReportRequest;
import app.kindred.report.ClinicReportResult;
import app.kindred.report.ReportFileNames;
import app.kindred.report.ReportService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clinic report over a date range: written in the background with a progress bar, cancellable,
 * and offered for download only once the ZIP is complete. The finished file is deleted when the
 * user leaves the page or starts another report.
 */
@Route("reports/clinic")
@PageTitle("Clinic report | Kindred")
@Menu(order = 5, icon = "vaadin:file-zip", title = "Clinic report")
@RolesAllowed(AppRoles.CLINICIAN)
class ClinicReportView extends Main {

    private static final Logger log = LoggerFactory.getLogger(ClinicReportView.class);

    private final transient ReportService reports;
    private final transient ClinicReportJobs jobs;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<ClinicianSummary> clinician = new Select<>();
    private final Checkbox pseudonymise = new Checkbox("Pseudonymise (Partner A and Partner B, no contact details)");
    private final Button start = new Button("Create report", e -> start());
    private final Button cancel = new Button("Cancel", e -> cancel());
    private final ReportProgressPanel progress = new ReportProgressPanel();
    private final Anchor download = new Anchor();
    private transient ClinicReportJob job;
    private transient Path finished;

    ClinicReportView(ReportService reports, ClinicReportJobs jobs, ClinicianService clinicians) {
        this.reports = reports;
        this.jobs = jobs;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "60rem");
        LocalDate today = reports.today();
        from.setValue(today.minusMonths(3).withDayOfMonth(1));
        to.setValue(today);
        clinician.setLabel("Clinician");
        boolean admin = CurrentUser.require().isAdmin();
        if (admin) {
            clinician.setItems(clinicians.clinicianList());
            clinician.setItemLabelGenerator(c -> c == null ? "All clinicians" : c.displayName());
            clinician.setEmptySelectionAllowed(true);
            clinician.setEmptySelectionCaption("All clinicians");
        }
        clinician.setVisible(admin);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setVisible(false);
        download.setVisible(false);
        HorizontalLayout fields = new HorizontalLayout(from, to, clinician);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        add(new H2("Clinic report"),
                new Paragraph("A ZIP with an overview of the " + (admin ? "clinic's" : "your") + " caseload and one "
                        + "case summary per couple that had a session in the period."),
                fields, pseudonymise, new HorizontalLayout(start, cancel), progress, download);
    }

    private void start() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            progress.failed("Choose a first day on or before the last day.");
            return;
        }
        discardFinished();
        ClinicianSummary chosen = clinician.getValue();
        ClinicReportRequest request = new ClinicReportRequest(from.getValue(), to.getValue(),
                chosen == null ? null : chosen.id(), pseudonymise.getValue());
        String fileName = ReportFileNames.clinicReport(request.from(), request.to(), reports.today());
        running(true);
        progress.started();
        ClinicReportJob started = new ClinicReportJob();
        job = started;
        jobs.start(request, started, new UiListener(UI.getCurrent(), fileName, started));
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            cancel.setEnabled(false);
            progress.cancelling();
        }
    }

    private void running(boolean running) {
        start.setEnabled(!running);
        cancel.setVisible(running);
        cancel.setEnabled(running);
        from.setEnabled(!running);
        to.setEnabled(!running);
        clinician.setEnabled(!running);
        pseudonymise.setEnabled(!running);
    }

    /** Called on the report's thread; everything it does to the page goes through {@link UI#access}. */
    private final class UiListener implements ClinicReportJob.Listener {

        private final UI ui;
        private final String fileName;
        private final ClinicReportJob ownJob;
        private long lastUpdate;

        UiListener(UI ui, String fileName, ClinicReportJob ownJob) {
            this.ui = ui;
            this.fileName = fileName;
            this.ownJob = ownJob;
        }

        @Override
        public void progress(int done, int total) {
            // A push per couple would flood the connection on a large clinic: four a second is plenty.
            long now = System.nanoTime();
            if (done == 0 || done == total || now - lastUpdate > 250_000_000L) {
                lastUpdate = now;
                onPage(() -> progress.progress(done, total), null);
            }
        }

        @Override
        public void finished(Path zip, ClinicReportResult result) {
            // Nobody is left to download it when the page has gone: then the file goes too.
            onPage(() -> {
                if (!isAttached()) {
                    delete(zip);
                    return;
                }
                job = null;
                finished = zip;
                running(false);
                progress.finished(result);
                download.setHref(DownloadHandler.forFile(zip.toFile(), fileName), AttachmentType.DOWNLOAD);
                download.setText("Download " + fileName);
                download.setVisible(true);
            }, zip);
        }

        @Override
        public void failed(String whatFailed) {
            onPage(() -> {
                job = null;
                running(false);
                progress.failed(whatFailed);
            }, null);
        }

        @Override
        public void cancelled() {
            onPage(() -> {
                job = null;
                running(false);
                progress.cancelled();
            }, null);
        }

        /** When the browser has gone the report has no reader: stop it and drop what it made. */
        private void onPage(Runnable change, Path orphan) {
            try {
                ui.access(change::run);
            } catch (UIDetachedException e) {
                ownJob.cancel();
                delete(orphan);
            }
        }
    }

    private void discardFinished() {
        download.setVisible(false);
        download.removeHref();
        delete(finished);
        finished = null;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the clinic report {}", file, e);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (job != null) {
            job.cancel();
        }
        discardFinished();
        super.onDetach(event);
    }
}
