package app.kindred.report;

import java.time.LocalDate;

/**
 * File names for downloads, e.g. {@code C-0042_case-summary_2026-11-25.pdf}: the reference first so
 * a folder of exports sorts by couple, the day of export last. Only characters every file system
 * takes.
 */
public final class ReportFileNames {

    private ReportFileNames() {
    }

    public static String caseSummary(String reference, LocalDate exportedOn) {
        return safe(reference) + "_case-summary_" + exportedOn + ".pdf";
    }

    public static String sessionReport(String reference, int sessionNumber, LocalDate exportedOn) {
        return safe(reference) + "_session-" + sessionNumber + "_" + exportedOn + ".pdf";
    }

    public static String clinicReport(LocalDate from, LocalDate to, LocalDate exportedOn) {
        return "clinic-report_" + from + "_to_" + to + "_" + exportedOn + ".zip";
    }

    static String zipEntry(String reference) {
        return safe(reference) + "_case-summary.pdf";
    }

    static String safe(String text) {
        String safe = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isBlank() || safe.startsWith(".") ? "couple" + safe : safe;
    }
}
