package app.kindred.report;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import java.util.List;
import java.util.Optional;

/** One session of a couple: both partners' scores, and that session's observations. */
public record SessionReportData(ReportHeader header, CoupleScores scores, SessionScores session,
        List<ReportObservation> observations) {

    public SessionReportData {
        observations = List.copyOf(observations);
    }

    /** This partner's assessment in this session, if they answered. */
    public Optional<PartnerPoint> current(PartnerLabel label) {
        return scores.track(label).stream().filter(p -> p.sessionId() == session.session().id()).findFirst();
    }

    /** This partner's assessment before this session's, the one "change since the previous session" compares with. */
    public Optional<PartnerPoint> previous(PartnerLabel label) {
        List<PartnerPoint> track = scores.track(label);
        for (int i = 1; i < track.size(); i++) {
            if (track.get(i).sessionId() == session.session().id()) {
                return Optional.of(track.get(i - 1));
            }
        }
        return Optional.empty();
    }
}
