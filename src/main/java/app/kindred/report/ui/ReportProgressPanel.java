package app.kindred.report.ui;

import app.kindred.report.ClinicReportResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The progress bar of a running report and what became of it, in words. */
class ReportProgressPanel extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();

    ReportProgressPanel() {
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Couples done");
        status.getElement().setAttribute("role", "status");
        add(bar, status);
    }

    void started() {
        bar.setVisible(true);
        bar.setIndeterminate(true);
        status.setText("Starting…");
        status.getStyle().remove("color");
    }

    void progress(int done, int total) {
        bar.setIndeterminate(false);
        bar.setMax(Math.max(1, total));
        bar.setValue(done);
        status.setText(done + " of " + total + " couples done");
    }

    void cancelling() {
        status.setText("Cancelling…");
    }

    void finished(ClinicReportResult result) {
        bar.setValue(bar.getMax());
        status.setText("Done: " + result.couplesReported() + " of " + result.couplesInScope()
                + " couples had sessions in the period.");
    }

    void failed(String whatFailed) {
        bar.setVisible(false);
        status.setText("The report was not created. " + whatFailed);
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    void cancelled() {
        bar.setVisible(false);
        status.setText("Cancelled. Nothing was kept.");
    }
}
