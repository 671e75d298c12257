package app.kindred.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Draws the documents. Implemented by the {@code pdf} sub-package, so the layout depends on these
 * records and never the other way round. No method closes the stream it is given.
 */
public interface ReportRenderer {

    void caseSummary(CaseSummaryData data, OutputStream out) throws IOException;

    void sessionReport(SessionReportData data, OutputStream out) throws IOException;

    void clinicOverview(ClinicOverviewData data, OutputStream out) throws IOException;
}
