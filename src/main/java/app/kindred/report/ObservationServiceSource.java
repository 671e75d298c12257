package app.kindred.report;

import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The couple's observations, with addenda, as the exports print them; read through the secured service. */
@Component
class ObservationServiceSource implements ObservationSource {

    private final ObservationService observations;
    private final TherapySessionService sessions;

    ObservationServiceSource(ObservationService observations, TherapySessionService sessions) {
        this.observations = observations;
        this.sessions = sessions;
    }

    @Override
    public List<ReportObservation> observationsOf(long coupleId) {
        Map<Long, Integer> numbers = sessions.sessionsOf(coupleId).stream()
                .collect(Collectors.toMap(SessionSummary::id, SessionSummary::number));
        return observations.observationsOf(coupleId).stream().map(o -> toReport(o, numbers)).toList();
    }

    private static ReportObservation toReport(ObservationSummary o, Map<Long, Integer> sessionNumbers) {
        return new ReportObservation(o.writtenAt().toInstant(), o.authorName(),
                o.sessionId() == null ? null : sessionNumbers.get(o.sessionId()), o.text(), o.signedBy(),
                o.signedAt() == null ? null : o.signedAt().toInstant(),
                o.addenda().stream().map(a -> toReport(a, sessionNumbers)).toList());
    }
}
