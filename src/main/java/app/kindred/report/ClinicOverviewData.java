package app.kindred.report;

import app.kindred.couple.CoupleStatus;
import app.kindred.questionnaire.scoring.Flag;
import java.util.List;

/**
 * The first document of a clinic report: one row per couple with sessions in the period.
 *
 * @param couplesWithoutSessions couples of the caseload that had no session in the period
 */
public record ClinicOverviewData(ReportHeader header, String clinicianScope, List<Row> rows,
        int couplesWithoutSessions) {

    public ClinicOverviewData {
        rows = List.copyOf(rows);
    }

    /**
     * @param latestIndexA unrounded, of the partner's last assessment in the period, or {@code null}
     * @param flags        as they stood at the couple's last session of the period
     */
    public record Row(String reference, String partners, String clinician, CoupleStatus status, int sessions,
            int assessments, Double latestIndexA, Double latestIndexB, List<Flag> flags) {

        public Row {
            flags = List.copyOf(flags);
        }
    }

    public int assessments() {
        return rows.stream().mapToInt(Row::assessments).sum();
    }

    public long couplesFlagged() {
        return rows.stream().filter(r -> !r.flags().isEmpty()).count();
    }
}
