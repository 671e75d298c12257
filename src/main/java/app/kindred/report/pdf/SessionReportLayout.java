package app.kindred.report.pdf;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.FlagThresholds;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.Change;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Scores;
import app.kindred.report.SessionReportData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One session: both partners per condition, the gaps, the change since each one's previous answers. */
final class SessionReportLayout {

    private SessionReportLayout() {
    }

    static String title(SessionReportData data) {
        return "Session report " + data.header().reference() + " S" + data.session().session().number();
    }

    static void write(PageFlow flow, SessionReportData data) throws IOException {
        SessionScores session = data.session();
        Blocks.title(flow, "Session report — " + data.header().reference() + ", session " + session.session().number());
        Blocks.facts(flow, Blocks.headerFacts(data.header()));
        Blocks.note(flow, Sections.instrumentNote(data.scores().instrument()));
        Blocks.heading(flow, "Scores per condition", 60);
        if (!session.anyResponse()) {
            Blocks.body(flow, "No answers for this session yet.");
        } else {
            table(flow, data);
            gaps(flow, data);
        }
        Blocks.heading(flow, "Observations of this session", 40);
        ObservationBlocks.write(flow, data.observations(), data.header().generatedAt().getZone(),
                "No observations for this session.");
        Blocks.signature(flow, data.header().clinician());
    }

    private static void table(PageFlow flow, SessionReportData data) throws IOException {
        CoupleScores scores = data.scores();
        Table table = new Table(flow, List.of(
                new Table.Column("Measure", 4.2f, false),
                new Table.Column(scores.nameA(), 1.6f, true),
                new Table.Column(scores.nameB(), 1.6f, true),
                new Table.Column("Gap (A − B)", 1.4f, true),
                new Table.Column("Change A" + Sections.session(data.previous(PartnerLabel.A)), 1.6f, true),
                new Table.Column("Change B" + Sections.session(data.previous(PartnerLabel.B)), 1.6f, true)),
                List.of()).begin();
        PartnerScores a = data.session().a();
        PartnerScores b = data.session().b();
        for (Sections.Measure measure : Sections.measures()) {
            Double valueA = a == null ? null : measure.value().applyAsDouble(a);
            Double valueB = b == null ? null : measure.value().applyAsDouble(b);
            table.row(List.of(measure.label(), Fmt.score(valueA), Fmt.score(valueB),
                    valueA == null || valueB == null ? Fmt.NONE : Fmt.delta(valueA - valueB),
                    change(data, PartnerLabel.A, measure), change(data, PartnerLabel.B, measure)));
        }
        table.row(List.of("Closeness (0–10)", Fmt.closeness(a == null ? null : a.closeness()),
                Fmt.closeness(b == null ? null : b.closeness()), Fmt.NONE, Fmt.NONE, Fmt.NONE));
        table.end();
        Blocks.note(flow, "Couple index: " + Fmt.score(data.session().comparison().coupleIndex())
                + ". Change compares each partner with their own previous answers (session in brackets).");
        for (PartnerLabel label : PartnerLabel.values()) {
            Optional<Change> change = data.current(label).flatMap(p -> p.indexProgress().sincePrevious());
            if (change.isPresent()) {
                Blocks.note(flow, scores.name(label) + ": index change since the previous answers "
                        + Sections.reliableChange(change.get()));
            }
        }
    }

    private static String change(SessionReportData data, PartnerLabel label, Sections.Measure measure) {
        Optional<PartnerPoint> now = data.current(label);
        Optional<PartnerPoint> before = data.previous(label);
        if (now.isEmpty() || before.isEmpty()) {
            return Fmt.NONE;
        }
        return Fmt.delta(measure.value().applyAsDouble(now.get().scores())
                - measure.value().applyAsDouble(before.get().scores()));
    }

    /** The gaps at or above the instrument's partner-gap thresholds, named so they are not missed. */
    private static void gaps(PageFlow flow, SessionReportData data) throws IOException {
        PartnerScores a = data.session().a();
        PartnerScores b = data.session().b();
        if (a == null || b == null) {
            Blocks.note(flow, "Gaps need both partners' answers for this session.");
            return;
        }
        FlagThresholds thresholds = data.scores().instrument().thresholds();
        List<String> wide = new ArrayList<>();
        for (Sections.Measure measure : Sections.measures()) {
            if (measure.kind() == Sections.Kind.HALF) {
                continue;
            }
            double gap = measure.value().applyAsDouble(a) - measure.value().applyAsDouble(b);
            double threshold = measure.kind() == Sections.Kind.INDEX ? thresholds.partnerGapIndex()
                    : thresholds.partnerGapCondition();
            // The flag rules' tolerance: a gap that is exactly the threshold by hand reaches it.
            if (Math.abs(gap) >= threshold - 1e-9) {
                wide.add(measure.label() + " " + Fmt.delta(gap));
            }
        }
        Blocks.heading(flow, "Gaps between the partners", 20);
        Blocks.body(flow, wide.isEmpty()
                ? "No gap reaches the thresholds (index " + Scores.round(thresholds.partnerGapIndex()) + ", condition "
                        + Scores.round(thresholds.partnerGapCondition()) + ")."
                : "At or above the thresholds (index " + Scores.round(thresholds.partnerGapIndex()) + ", condition "
                        + Scores.round(thresholds.partnerGapCondition()) + "): " + String.join("; ", wide) + ".");
    }
}
