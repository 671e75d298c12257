package app.kindred.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clinic report over sessions dated {@code from}..{@code to} (inclusive), for the whole clinic
 * or one clinician ({@code clinicianId}; clinicians may only ask for their own caseload).
 */
public record ClinicReportRequest(LocalDate from, LocalDate to, Long clinicianId, boolean pseudonymised) {

    public ClinicReportRequest {
        Objects.requireNonNull(from, "Choose the first day");
        Objects.requireNonNull(to, "Choose the last day");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The first day must not come after the last day.");
        }
    }
}
