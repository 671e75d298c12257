package app.kindred.questionnaire;

import app.kindred.questionnaire.scoring.CoupleComparison;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.therapysession.SessionSummary;

/** Both partners' scores for one session; either side is {@code null} when that partner did not answer. */
public record SessionScores(SessionSummary session, PartnerScores a, PartnerScores b) {

    public CoupleComparison comparison() {
        return new CoupleComparison(a, b);
    }

    public boolean anyResponse() {
        return a != null || b != null;
    }
}
