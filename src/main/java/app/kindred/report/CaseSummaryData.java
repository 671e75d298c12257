package app.kindred.report;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.Flag;
import java.util.List;
import java.util.Optional;

/**
 * Everything a case summary prints. The scores are the scoring service's, for all sessions; the
 * summary shows sessions {@code fromSession}..{@code toSession}, while the baseline stays each
 * partner's first assessment ever, as on screen.
 *
 * @param flags        the flags as they stood at the last session of the period
 * @param observations of the period, oldest first, already pseudonymised if asked
 */
public record CaseSummaryData(ReportHeader header, CoupleScores scores, int fromSession, int toSession,
        List<Flag> flags, List<ReportObservation> observations) {

    public CaseSummaryData {
        flags = List.copyOf(flags);
        observations = List.copyOf(observations);
    }

    public List<SessionScores> sessions() {
        return scores.sessions().stream().filter(s -> inPeriod(s.session().number())).toList();
    }

    public List<PartnerPoint> points(PartnerLabel label) {
        return scores.track(label).stream().filter(p -> inPeriod(p.sessionNumber())).toList();
    }

    public Optional<PartnerPoint> latest(PartnerLabel label) {
        List<PartnerPoint> points = points(label);
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    public Optional<PartnerPoint> baseline(PartnerLabel label) {
        return latest(label).flatMap(latest -> scores.baseline(label));
    }

    private boolean inPeriod(int sessionNumber) {
        return sessionNumber >= fromSession && sessionNumber <= toSession;
    }
}
