package app.kindred.report.pdf;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.scoring.Change;
import app.kindred.questionnaire.scoring.Flag;
import app.kindred.questionnaire.scoring.PartnerScores;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Score sections the case summary and the session report share. */
final class Sections {

    enum Kind { INDEX, HALF, CONDITION }

    /** A score of one partner's assessment: the index, a half or a condition. */
    record Measure(String label, Kind kind, ToDoubleFunction<PartnerScores> value) {
    }

    private Sections() {
    }

    /** Index, the two halves, then the eleven conditions in their fixed order. */
    static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure("Intimacy index", Kind.INDEX, PartnerScores::index));
        measures.add(new Measure("PARTNER — " + Half.PARTNER.label().toLowerCase(), Kind.HALF, p -> p.half(Half.PARTNER)));
        measures.add(new Measure("SELF — " + Half.SELF.label().toLowerCase(), Kind.HALF, p -> p.half(Half.SELF)));
        for (Condition condition : Condition.values()) {
            measures.add(new Measure(condition.label(), Kind.CONDITION, p -> p.condition(condition)));
        }
        return measures;
    }

    static String instrumentNote(Instrument instrument) {
        return "Questionnaire " + instrument.label() + ". Scores 0–100, rounded half-up from unrounded values"
                + (instrument.provisional() ? "; version-" + instrument.version()
                        + " norms and thresholds are provisional." : ".");
    }

    /**
     * Each partner's latest assessment of the period against their baseline (their first
     * assessment), per measure, then the reliable change of the index.
     */
    static void latestAgainstBaseline(PageFlow flow, CoupleScores scores,
            Function<PartnerLabel, Optional<PartnerPoint>> baseline,
            Function<PartnerLabel, Optional<PartnerPoint>> latest) throws IOException {
        if (latest.apply(PartnerLabel.A).isEmpty() && latest.apply(PartnerLabel.B).isEmpty()) {
            Blocks.body(flow, "No answers in this period yet.");
            return;
        }
        List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column("Measure", 4.2f, false)));
        List<Table.Group> groups = new ArrayList<>(List.of(new Table.Group("", 1)));
        for (PartnerLabel label : PartnerLabel.values()) {
            columns.add(new Table.Column("Baseline" + session(baseline.apply(label)), 1.5f, true));
            columns.add(new Table.Column("Latest" + session(latest.apply(label)), 1.5f, true));
            columns.add(new Table.Column("Change", 1.2f, true));
            groups.add(new Table.Group(scores.name(label), 3));
        }
        Table table = new Table(flow, columns, groups).begin();
        for (Measure measure : measures()) {
            List<String> cells = new ArrayList<>(List.of(measure.label()));
            for (PartnerLabel label : PartnerLabel.values()) {
                Optional<PartnerPoint> first = baseline.apply(label);
                Optional<PartnerPoint> last = latest.apply(label);
                cells.add(first.map(p -> Fmt.score(measure.value().applyAsDouble(p.scores()))).orElse(Fmt.NONE));
                cells.add(last.map(p -> Fmt.score(measure.value().applyAsDouble(p.scores()))).orElse(Fmt.NONE));
                cells.add(first.isPresent() && last.isPresent() && first.get() != last.get()
                        ? Fmt.delta(measure.value().applyAsDouble(last.get().scores())
                                - measure.value().applyAsDouble(first.get().scores()))
                        : Fmt.NONE);
            }
            table.row(cells);
        }
        table.end();
        for (PartnerLabel label : PartnerLabel.values()) {
            Optional<Change> change = latest.apply(label).flatMap(p -> p.indexProgress().sinceBaseline());
            if (change.isPresent()) {
                Blocks.note(flow, scores.name(label) + ": index change since baseline " + reliableChange(change.get()));
            }
        }
    }

    static String reliableChange(Change change) {
        return change.summary();
    }

    static String session(Optional<PartnerPoint> point) {
        return point.map(p -> " (S" + p.sessionNumber() + ")").orElse("");
    }

    static void flags(PageFlow flow, List<Flag> flags) throws IOException {
        if (flags.isEmpty()) {
            Blocks.body(flow, "No flags.");
            return;
        }
        for (Flag flag : flags) {
            Blocks.bullet(flow, flag.reason());
        }
    }
}
