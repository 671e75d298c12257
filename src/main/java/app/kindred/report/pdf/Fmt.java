package app.kindred.report.pdf;

import app.kindred.questionnaire.scoring.Scores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** How numbers and dates read in the documents; every score goes through {@link Scores#round}. */
final class Fmt {

    static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Fmt() {
    }

    static String score(double value) {
        return String.valueOf(Scores.round(value));
    }

    static String score(Double value) {
        return value == null ? NONE : score(value.doubleValue());
    }

    static String score(OptionalDouble value) {
        return value.isPresent() ? score(value.getAsDouble()) : NONE;
    }

    /** A change with its sign, "+5", "−3" or "0", rounded like every other score. */
    static String delta(double value) {
        return Scores.signedWhole(value);
    }

    static String delta(OptionalDouble value) {
        return value.isPresent() ? delta(value.getAsDouble()) : NONE;
    }

    static String closeness(Integer value) {
        return value == null ? NONE : String.valueOf(value);
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
