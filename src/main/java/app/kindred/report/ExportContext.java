package app.kindred.report;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** What stays the same for every document of one export: the clinic, its time zone, the moment, the option. */
record ExportContext(long clinicId, String clinic, ZoneId zone, ZonedDateTime generatedAt, boolean pseudonymised) {
}
