package app.kindred.report;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.Flag;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.questionnaire.scoring.PartnerAssessment;
import app.kindred.questionnaire.scoring.PartnerScores;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the scoring service's numbers and the observations into what one document prints. Nothing
 * is computed here that the scoring engine does not compute; flags for a period that ends before
 * the latest session are the engine's flags on the history up to that session.
 */
@Component
class ReportAssembler {

    private final ObservationSource observations;
    private final FlagEvaluator flagEvaluator;

    ReportAssembler(ObservationSource observations, FlagEvaluator flagEvaluator) {
        this.observations = observations;
        this.flagEvaluator = flagEvaluator;
    }

    CaseSummaryData caseSummary(ExportContext context, CoupleRef couple, CoupleScores scores, ReportPeriod period) {
        List<ReportObservation> selected = ObservationSelection.of(observations.observationsOf(couple.id()), period,
                context.zone());
        return new CaseSummaryData(header(context, couple, scores, period.text()), scores, period.fromSession(),
                period.toSession(), flagsAt(scores, period.toSession()), pseudonymise(context, couple, selected));
    }

    SessionReportData sessionReport(ExportContext context, CoupleRef couple, CoupleScores scores, SessionScores session,
            String period) {
        List<ReportObservation> selected = ObservationSelection.ofSession(observations.observationsOf(couple.id()),
                session.session().number());
        return new SessionReportData(header(context, couple, scores, period), scores, session,
                pseudonymise(context, couple, selected));
    }

    /** The flags as they stood after session {@code toSession}. */
    List<Flag> flagsAt(CoupleScores scores, int toSession) {
        boolean answeredLater = scores.trackA().stream().anyMatch(p -> p.sessionNumber() > toSession)
                || scores.trackB().stream().anyMatch(p -> p.sessionNumber() > toSession);
        if (!answeredLater) {
            return scores.flags();
        }
        return flagEvaluator.evaluate(scores.instrument(),
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.A, scores.nameA(),
                        history(scores, PartnerLabel.A, toSession)),
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.B, scores.nameB(),
                        history(scores, PartnerLabel.B, toSession)));
    }

    private static List<PartnerScores> history(CoupleScores scores, PartnerLabel label, int toSession) {
        return scores.track(label).stream().filter(p -> p.sessionNumber() <= toSession).map(PartnerPoint::scores)
                .toList();
    }

    private static ReportHeader header(ExportContext context, CoupleRef couple, CoupleScores scores, String period) {
        return new ReportHeader(context.clinic(), couple.clinician(), couple.reference(),
                scores.nameA() + " & " + scores.nameB(), period, context.generatedAt(), context.pseudonymised());
    }

    private static List<ReportObservation> pseudonymise(ExportContext context, CoupleRef couple,
            List<ReportObservation> selected) {
        if (!context.pseudonymised()) {
            return selected;
        }
        var scrub = Pseudonyms.scrubber(couple.realNameA(), couple.realNameB());
        return selected.stream().map(o -> o.withTexts(scrub)).toList();
    }
}
