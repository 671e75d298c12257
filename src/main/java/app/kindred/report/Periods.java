package app.kindred.report;

import app.kindred.questionnaire.SessionScores;
import app.kindred.therapysession.SessionSummary;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The period a document covers, and how its header names it. */
final class Periods {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Periods() {
    }

    /**
     * Sessions {@code from}..{@code to} of a couple (all when not given). Observations on no
     * session count when written between the first and last session's days, an end left open when
     * the period reaches the couple's first or last session.
     */
    static ReportPeriod ofSessions(List<SessionScores> all, CaseSummaryOptions options) {
        if (all.isEmpty()) {
            return new ReportPeriod(1, 0, null, null, "No sessions yet");
        }
        int first = all.get(0).session().number();
        int last = all.get(all.size() - 1).session().number();
        int from = options.fromSession() == null ? first : options.fromSession();
        int to = options.toSession() == null ? last : options.toSession();
        List<SessionSummary> chosen = all.stream().map(SessionScores::session)
                .filter(s -> s.number() >= from && s.number() <= to).toList();
        if (chosen.isEmpty()) {
            return new ReportPeriod(from, to, null, null, "Sessions " + range(from, to) + " (none recorded)");
        }
        SessionSummary start = chosen.get(0);
        SessionSummary end = chosen.get(chosen.size() - 1);
        return new ReportPeriod(from, to, from <= first ? null : start.date(), to >= last ? null : end.date(),
                sessionsText(start, end));
    }

    static ReportPeriod ofDays(LocalDate from, LocalDate to, List<SessionSummary> inPeriod) {
        SessionSummary start = inPeriod.get(0);
        SessionSummary end = inPeriod.get(inPeriod.size() - 1);
        return new ReportPeriod(start.number(), end.number(), from, to,
                days(from, to) + " · " + (start.equals(end) ? "session " + start.number()
                        : "sessions " + range(start.number(), end.number())));
    }

    static String days(LocalDate from, LocalDate to) {
        return DATE.format(from) + " – " + DATE.format(to);
    }

    static String session(SessionSummary session) {
        return "Session " + session.number() + " · " + DATE.format(session.date()) + " · " + session.kind().label();
    }

    private static String sessionsText(SessionSummary start, SessionSummary end) {
        return start.equals(end) ? "Session " + start.number() + " · " + DATE.format(start.date())
                : "Sessions " + range(start.number(), end.number()) + " · " + days(start.date(), end.date());
    }

    private static String range(int from, int to) {
        return from + "–" + to;
    }
}
