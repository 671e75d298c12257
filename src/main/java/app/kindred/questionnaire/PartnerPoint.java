package app.kindred.questionnaire;

import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Progress;
import java.time.LocalDate;

/** One completed assessment of one partner: the session, the scores and the change on the index. */
public record PartnerPoint(long sessionId, int sessionNumber, LocalDate sessionDate, PartnerScores scores,
        Progress indexProgress) {
}
