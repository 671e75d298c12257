package app.kindred.report;

import java.time.ZonedDateTime;

/**
 * What every export states at the top: who it is from, about whom, which period, and when it was
 * made (in the clinic's time zone, which also dates the observations).
 *
 * @param reference the couple's reference, or {@code null} for a clinic report
 * @param partners  "Zoë Martin & Sam Carter", or "Partner A & Partner B" when pseudonymised
 */
public record ReportHeader(String clinic, String clinician, String reference, String partners, String period,
        ZonedDateTime generatedAt, boolean pseudonymised) {
}
