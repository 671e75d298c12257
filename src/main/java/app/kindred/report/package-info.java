/**
 * Exports for the case notes: a case summary of one couple, a session report and a clinic report
 * (an overview plus one case summary per couple, as a ZIP). {@link app.kindred.report.ReportService}
 * checks who may export what, gathers the numbers from the scoring service and writes an audit
 * event; the {@code pdf} sub-package draws the documents with PDFBox from the plain records here,
 * so it can be tested and benchmarked without a database.
 */
package app.kindred.report;
