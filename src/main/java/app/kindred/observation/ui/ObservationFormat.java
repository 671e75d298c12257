package app.kindred.observation.ui;

import app.kindred.observation.ObservationSummary;
import app.kindred.questionnaire.Condition;
import app.kindred.therapysession.SessionSummary;
import com.vaadin.flow.component.html.Span;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How observations read on screen: times in the clinic's zone, sessions by number and date, tags as badges. */
final class ObservationFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Map<Long, SessionSummary> sessions;

    ObservationFormat(List<SessionSummary> sessions) {
        this.sessions = sessions.stream().collect(Collectors.toMap(SessionSummary::id, Function.identity()));
    }

    static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    static String session(SessionSummary session) {
        return session == null ? "No session"
                : "Session " + session.number() + " (" + session.kind().label() + ", " + DATE.format(session.date()) + ")";
    }

    /** The session an observation is about, or empty text for one about the couple as a whole. */
    String sessionOf(ObservationSummary observation) {
        if (observation.sessionId() == null) {
            return "";
        }
        SessionSummary session = sessions.get(observation.sessionId());
        // A session added after this panel was built is not in its list; the number comes with a reload.
        return session == null ? "A session added since this page was opened" : session(session);
    }

    static String signed(ObservationSummary observation) {
        return "Signed by " + observation.signedBy() + " on " + time(observation.signedAt());
    }

    /** A small rounded label; Lumo's badge styles are not loaded in this app, so it is styled here. */
    static Span badge(String text, boolean strong) {
        Span badge = new Span(text);
        badge.getStyle().set("display", "inline-block").set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("font-size", "var(--lumo-font-size-s)")
                .set("line-height", "1.6")
                .set("background", strong ? "var(--lumo-success-color-10pct)" : "var(--lumo-contrast-10pct)")
                .set("color", strong ? "var(--lumo-success-text-color)" : "var(--lumo-body-text-color)");
        return badge;
    }

    static Span tag(Condition condition) {
        return badge(condition.label(), false);
    }
}
