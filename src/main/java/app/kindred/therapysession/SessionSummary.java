package app.kindred.therapysession;

import java.time.LocalDate;

public record SessionSummary(long id, long coupleId, int number, LocalDate date, SessionKind kind, long version) {

    static SessionSummary of(TherapySession s) {
        return new SessionSummary(s.getId(), s.getCoupleId(), s.getNumber(), s.getDate(), s.getKind(), s.getVersion());
    }
}
