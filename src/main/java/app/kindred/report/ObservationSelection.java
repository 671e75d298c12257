package app.kindred.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Which observations a document prints, in date order, addenda in date order under each. */
final class ObservationSelection {

    private static final Comparator<ReportObservation> BY_TIME = Comparator.comparing(ReportObservation::createdAt);

    private ObservationSelection() {
    }

    /**
     * Those on a session of the period, and those on no session written within the period's days.
     */
    static List<ReportObservation> of(List<ReportObservation> all, ReportPeriod period, ZoneId zone) {
        return sorted(all.stream().filter(o -> o.sessionNumber() != null
                ? o.sessionNumber() >= period.fromSession() && o.sessionNumber() <= period.toSession()
                : within(o.createdAt().atZone(zone).toLocalDate(), period.notesFrom(), period.notesTo())).toList());
    }

    static List<ReportObservation> ofSession(List<ReportObservation> all, int sessionNumber) {
        return sorted(all.stream().filter(o -> o.sessionNumber() != null && o.sessionNumber() == sessionNumber).toList());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static List<ReportObservation> sorted(List<ReportObservation> observations) {
        return observations.stream()
                .map(o -> new ReportObservation(o.createdAt(), o.author(), o.sessionNumber(), o.text(), o.signedBy(),
                        o.signedAt(), o.addenda().stream().sorted(BY_TIME).toList()))
                .sorted(BY_TIME)
                .toList();
    }
}
