package app.kindred.report;

import java.time.LocalDate;

/**
 * The sessions a document covers (by number, inclusive) and, for observations not tied to a
 * session, the days they must fall on ({@code null} leaves that end open).
 */
record ReportPeriod(int fromSession, int toSession, LocalDate notesFrom, LocalDate notesTo, String text) {
}
