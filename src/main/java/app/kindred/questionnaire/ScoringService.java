package app.kindred.questionnaire;

import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.scoring.Answers;
import app.kindred.questionnaire.scoring.ChangeOverSessions;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.questionnaire.scoring.PartnerAssessment;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Progress;
import app.kindred.questionnaire.scoring.Scorer;
import app.kindred.security.AppRoles;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way screens and PDFs get scores: always derived again from the stored answers, each
 * response with the instrument version it was answered on, so a number on screen and in a PDF
 * can never differ.
 */
@Service
public class ScoringService {

    private final ResponseRepository responses;
    private final InstrumentRegistry instruments;
    private final Scorer scorer;
    private final FlagEvaluator flagEvaluator;
    private final CoupleService couples;
    private final TherapySessionService sessions;

    ScoringService(ResponseRepository responses, InstrumentRegistry instruments, Scorer scorer,
            FlagEvaluator flagEvaluator, CoupleService couples, TherapySessionService sessions) {
        this.responses = responses;
        this.instruments = instruments;
        this.scorer = scorer;
        this.flagEvaluator = flagEvaluator;
        this.couples = couples;
        this.sessions = sessions;
    }

    /** Scores of a couple the caller may see; partner names become "Partner A/B" when pseudonymised. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CoupleScores scoresOfCouple(long coupleId, boolean pseudonymised) {
        return compute(couples.get(coupleId), sessions.sessionsOf(coupleId), pseudonymised);
    }

    /**
     * For background work with no signed-in user (refreshing the caseload after a client submits).
     * Never call it from a view: {@code ArchitectureTest} forbids {@code *ForSystem} calls in {@code ui}.
     */
    @Transactional(readOnly = true)
    public CoupleScores scoresOfCoupleForSystem(long coupleId) {
        return compute(couples.getForSystem(coupleId), sessions.sessionsOfForSystem(coupleId), false);
    }

    private CoupleScores compute(CoupleSummary couple, List<SessionSummary> coupleSessions, boolean pseudonymised) {
        long coupleId = couple.id();
        Map<SessionPartner, Response> latestByKey = latestResponses(coupleSessions);
        long partnerA = couple.partner(PartnerLabel.A).id();
        long partnerB = couple.partner(PartnerLabel.B).id();

        List<SessionScores> rows = new ArrayList<>();
        List<SessionSummary> sessionsA = new ArrayList<>();
        List<SessionSummary> sessionsB = new ArrayList<>();
        List<PartnerScores> historyA = new ArrayList<>();
        List<PartnerScores> historyB = new ArrayList<>();
        for (SessionSummary session : coupleSessions) {
            PartnerScores a = scoreOf(latestByKey.get(key(session.id(), partnerA)));
            PartnerScores b = scoreOf(latestByKey.get(key(session.id(), partnerB)));
            rows.add(new SessionScores(session, a, b));
            if (a != null) {
                sessionsA.add(session);
                historyA.add(a);
            }
            if (b != null) {
                sessionsB.add(session);
                historyB.add(b);
            }
        }
        Instrument instrument = instruments.current(ResponseService.INSTRUMENT_ID);
        String nameA = pseudonymised ? PartnerLabel.A.pseudonym() : couple.partner(PartnerLabel.A).displayName();
        String nameB = pseudonymised ? PartnerLabel.B.pseudonym() : couple.partner(PartnerLabel.B).displayName();
        var flags = flagEvaluator.evaluate(instrument,
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.A, nameA, historyA),
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.B, nameB, historyB));
        return new CoupleScores(coupleId, instrument, nameA, nameB, rows, track(sessionsA, historyA, instrument),
                track(sessionsB, historyB, instrument), flags);
    }

    /** The couple's submitted answers as stored, oldest first: the source of every score, for the data export. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<SubmittedResponse> responsesOfCouple(long coupleId) {
        List<Long> partners = couples.get(coupleId).partners().stream().map(CoupleSummary.PartnerSummary::id).toList();
        return responses.findByPartnerIdInOrderBySubmittedAt(partners).stream().map(SubmittedResponse::of).toList();
    }

    /** Scores one stored response with the instrument version it was answered on. */
    public PartnerScores scoreOf(Response response) {
        if (response == null) {
            return null;
        }
        Instrument instrument = instruments.get(response.getInstrumentId(), response.getInstrumentVersion());
        return scorer.score(instrument, new Answers(response.getAnswers(), response.getCloseness()));
    }

    private Map<SessionPartner, Response> latestResponses(List<SessionSummary> coupleSessions) {
        Map<SessionPartner, Response> latest = new HashMap<>();
        responses.findBySessionIdIn(coupleSessions.stream().map(SessionSummary::id).toList()).stream()
                .sorted(Comparator.comparing(Response::getSubmittedAt))
                .forEach(r -> latest.put(key(r.getSessionId(), r.getPartnerId()), r));
        return latest;
    }

    private static List<PartnerPoint> track(List<SessionSummary> answered, List<PartnerScores> history,
            Instrument instrument) {
        List<Progress> progress = ChangeOverSessions.ofIndex(history, instrument);
        List<PartnerPoint> points = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            SessionSummary s = answered.get(i);
            points.add(new PartnerPoint(s.id(), s.number(), s.date(), history.get(i), progress.get(i)));
        }
        return List.copyOf(points);
    }

    private static SessionPartner key(long sessionId, long partnerId) {
        return new SessionPartner(sessionId, partnerId);
    }

    private record SessionPartner(long sessionId, long partnerId) {
    }
}
