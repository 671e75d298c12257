package app.kindred.workspace.ui;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Scores;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The score chart over sessions: indices, the two halves, and any one condition on demand. */
class ScoreSection extends Div {

    private final ScoreChart chart = new ScoreChart();
    private final Select<Condition> condition = new Select<>();
    private final Checkbox halves = new Checkbox("Show the halves (PARTNER and SELF)");
    private final CoupleScores scores;

    ScoreSection(CoupleScores scores) {
        this.scores = scores;
        condition.setLabel("Also show a condition");
        condition.setItems(Condition.values());
        condition.setItemLabelGenerator(c -> c == null ? "None" : c.label());
        condition.setEmptySelectionAllowed(true);
        condition.setEmptySelectionCaption("None");
        condition.addValueChangeListener(e -> draw());
        // The chart's legend toggles lines too, but only with a mouse; these two controls are the
        // keyboard's and a screen reader's way to the same lines.
        halves.addValueChangeListener(e -> draw());
        add(new H3("Scores over sessions"));
        if (scores.sessions().stream().noneMatch(SessionScores::anyResponse)) {
            add(new Paragraph("No answers yet. Invite both partners from a session to see their scores here."));
            return;
        }
        Instrument instrument = scores.instrument();
        Paragraph note = new Paragraph("Index, and the halves \"what my partner offers\" (PARTNER) and \"my own openness\" (SELF)."
                + (instrument.provisional() ? " Version-" + instrument.version()
                        + " norms and the reliable-change band are provisional." : ""));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout controls = new HorizontalLayout(condition, halves);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        add(controls, chart, note, new IndexChange(scores));
        draw();
    }

    private void draw() {
        Condition condition = this.condition.getValue();
        boolean showHalves = halves.getValue();
        List<String> labels = scores.sessions().stream().map(s -> "S" + s.session().number()).toList();
        List<ScoreChart.Series> series = new ArrayList<>();
        for (PartnerLabel label : PartnerLabel.values()) {
            String name = scores.name(label);
            series.add(line(name + " index", label, PartnerScores::index, false, true));
            series.add(line(name + " PARTNER", label, p -> p.half(Half.PARTNER), true, showHalves));
            series.add(line(name + " SELF", label, p -> p.half(Half.SELF), true, showHalves));
            if (condition != null) {
                series.add(line(name + " " + condition.label(), label, p -> p.condition(condition), true, true));
            }
        }
        Instrument instrument = scores.instrument();
        double band = instrument.thresholds().reliableChange() * Math.sqrt(2) * instrument.sd()
                * Math.sqrt(1 - instrument.reliability());
        chart.show(labels, series, band, "Intimacy index of " + scores.nameA() + " and " + scores.nameB()
                + " over " + labels.size() + " sessions");
    }

    private ScoreChart.Series line(String name, PartnerLabel label, Function<PartnerScores, Double> measure,
            boolean dashed, boolean visible) {
        List<Double> values = scores.sessions().stream().map(s -> {
            PartnerScores p = label == PartnerLabel.A ? s.a() : s.b();
            return p == null ? null : (double) Scores.round(measure.apply(p));
        }).toList();
        return new ScoreChart.Series(name, values, dashed, visible);
    }
}
