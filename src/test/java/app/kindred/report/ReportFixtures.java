package app.kindred.report;

import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.InstrumentRegistry;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.Answers;
import app.kindred.questionnaire.scoring.ChangeOverSessions;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.questionnaire.scoring.PartnerAssessment;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Progress;
import app.kindred.questionnaire.scoring.Scorer;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.SessionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * In-memory couples scored by the real engine, for the PDF tests and the benchmark: no database,
 * no Spring. The same seed gives the same couple.
 */
public final class ReportFixtures {

    public static final Instrument INSTRUMENT = InstrumentRegistry.loadDefault().current("eic-22");
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 25, 14, 5, 0, 0, ZONE);
    private static final Scorer SCORER = new Scorer();

    private ReportFixtures() {
    }

    /** A couple with {@code sessions} sessions; partner B skips every fifth questionnaire. */
    public static CoupleScores couple(long id, String nameA, String nameB, int sessions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SessionScores> rows = new ArrayList<>();
        List<SessionSummary> answeredA = new ArrayList<>();
        List<SessionSummary> answeredB = new ArrayList<>();
        List<PartnerScores> historyA = new ArrayList<>();
        List<PartnerScores> historyB = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int n = 1; n <= sessions; n++) {
            SessionSummary session = new SessionSummary(id * 1000 + n, id, n, first.plusWeeks(2L * (n - 1)),
                    n == 1 ? SessionKind.INTAKE : SessionKind.REGULAR, 0);
            PartnerScores a = score(random, 40 + n);
            PartnerScores b = n % 5 == 3 ? null : score(random, 55 - n / 2);
            rows.add(new SessionScores(session, a, b));
            answeredA.add(session);
            historyA.add(a);
            if (b != null) {
                answeredB.add(session);
                historyB.add(b);
            }
        }
        List<app.kindred.questionnaire.scoring.Flag> flags = new FlagEvaluator().evaluate(INSTRUMENT,
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.A, nameA, historyA),
                PartnerAssessment.fromHistory(app.kindred.questionnaire.scoring.PartnerLabel.B, nameB, historyB));
        return new CoupleScores(id, INSTRUMENT, nameA, nameB, rows, track(answeredA, historyA),
                track(answeredB, historyB), flags);
    }

    public static CoupleScores empty(long id, String nameA, String nameB) {
        return new CoupleScores(id, INSTRUMENT, nameA, nameB, List.of(), List.of(), List.of(), List.of());
    }

    public static ReportHeader header(String reference, CoupleScores scores, boolean pseudonymised) {
        return new ReportHeader("Riverside Couples Practice", "Dr Maya Rivera", reference,
                scores.nameA() + " & " + scores.nameB(), "Sessions 1–" + scores.sessions().size(), GENERATED,
                pseudonymised);
    }

    public static CaseSummaryData caseSummary(String reference, CoupleScores scores, List<ReportObservation> observations) {
        int last = scores.sessions().isEmpty() ? 0 : scores.sessions().get(scores.sessions().size() - 1).session().number();
        return new CaseSummaryData(header(reference, scores, false), scores, 1, last, scores.flags(), observations);
    }

    /** Observations on sessions 1.., every other one signed, every third with an addendum. */
    public static List<ReportObservation> observations(int count, int sessions, int length) {
        List<ReportObservation> observations = new ArrayList<>();
        Instant start = GENERATED.toInstant().minusSeconds(3600L * 24 * 300);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(3600L * 24 * 7 * i);
            List<ReportObservation> addenda = i % 3 == 2
                    ? List.of(new ReportObservation(at.plusSeconds(86_400), "Dr Maya Rivera", null,
                            "Addendum " + i + ": corrected the date of the last conflict.", "Dr Maya Rivera",
                            at.plusSeconds(90_000), List.of()))
                    : List.of();
            boolean signed = i % 2 == 0;
            observations.add(new ReportObservation(at, "Dr Maya Rivera", sessions == 0 ? null : 1 + i % sessions,
                    text(i, length), signed ? "Dr Maya Rivera" : null, signed ? at.plusSeconds(3600) : null, addenda));
        }
        return observations;
    }

    public static String text(int seed, int length) {
        String words = "Both partners described the week as calmer. Kindness came up twice; trust remains the "
                + "hardest condition for one of them, who said that being seen is still frightening. ";
        StringBuilder text = new StringBuilder("Observation " + seed + ". ");
        while (text.length() < length) {
            text.append(words);
        }
        return text.substring(0, length);
    }

    private static PartnerScores score(SplittableRandom random, double level) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : INSTRUMENT.items()) {
            int agreement = (int) Math.max(1, Math.min(7, Math.round(1 + level * 6 / 100 + random.nextDouble(-1.2, 1.2))));
            answers.put(item.code(), item.reverseKeyed() ? 8 - agreement : agreement);
        }
        return SCORER.score(INSTRUMENT, new Answers(answers, random.nextInt(0, 11)));
    }

    private static List<PartnerPoint> track(List<SessionSummary> answered, List<PartnerScores> history) {
        List<Progress> progress = ChangeOverSessions.ofIndex(history, INSTRUMENT);
        List<PartnerPoint> points = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            SessionSummary s = answered.get(i);
            points.add(new PartnerPoint(s.id(), s.number(), s.date(), history.get(i), progress.get(i)));
        }
        return points;
    }

}
