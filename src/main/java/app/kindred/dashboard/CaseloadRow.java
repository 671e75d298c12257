package app.kindred.dashboard;

import app.kindred.couple.CoupleStatus;
import java.time.LocalDate;
import java.util.List;

/** One couple in the caseload grid; indices are unrounded (views round with {@code Scores.round}). */
public record CaseloadRow(long coupleId, String reference, String partnerA, String partnerB, CoupleStatus status,
        String clinician, Double indexA, Double previousIndexA, Double indexB, Double previousIndexB,
        List<String> flagReasons, LocalDate lastSession) {

    public boolean flagged() {
        return !flagReasons.isEmpty();
    }
}
