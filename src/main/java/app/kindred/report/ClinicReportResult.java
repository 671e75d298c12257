package app.kindred.report;

/** How many couples a clinic report looked at and how many had sessions in the period (one PDF each). */
public record ClinicReportResult(int couplesInScope, int couplesReported) {
}
