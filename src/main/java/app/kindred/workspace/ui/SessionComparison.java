package app.kindred.workspace.ui;

import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.CoupleComparison;
import app.kindred.questionnaire.scoring.Scores;
import app.kindred.questionnaire.scoring.SideBySide;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Both partners per condition for one chosen session, with the gap between them. */
class SessionComparison extends Div {

    record Line(String what, OptionalDouble a, OptionalDouble b, OptionalDouble gap) {
    }

    private final Grid<Line> grid = new Grid<>();
    private final Paragraph coupleIndex = new Paragraph();

    SessionComparison(CoupleScores scores) {
        add(new H3("Side by side"));
        List<SessionScores> answered = scores.sessions().stream().filter(SessionScores::anyResponse).toList();
        if (answered.isEmpty()) {
            add(new Paragraph("Nothing to compare yet."));
            return;
        }
        Select<SessionScores> session = new Select<>();
        session.setLabel("Session");
        session.setItems(answered);
        session.setItemLabelGenerator(s -> "Session " + s.session().number() + " · " + s.session().date());
        grid.addColumn(Line::what).setHeader("Condition").setFlexGrow(2);
        grid.addColumn(l -> text(l.a())).setHeader(scores.nameA());
        grid.addColumn(l -> text(l.b())).setHeader(scores.nameB());
        grid.addColumn(l -> text(l.gap())).setHeader("Gap (A − B)");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Side-by-side scores");
        session.addValueChangeListener(e -> show(e.getValue()));
        add(session, coupleIndex, grid);
        session.setValue(answered.get(answered.size() - 1));
    }

    private void show(SessionScores session) {
        CoupleComparison comparison = session.comparison();
        List<Line> lines = new ArrayList<>();
        lines.add(line("Intimacy index", comparison.index()));
        lines.add(line(Half.PARTNER.label(), comparison.half(Half.PARTNER)));
        lines.add(line(Half.SELF.label(), comparison.half(Half.SELF)));
        for (Condition condition : Condition.values()) {
            lines.add(line(condition.label(), comparison.condition(condition)));
        }
        grid.setItems(lines);
        OptionalDouble couple = comparison.coupleIndex();
        coupleIndex.setText(couple.isPresent() ? "Couple index: " + Scores.round(couple.getAsDouble())
                : "Couple index: needs both partners' answers for this session.");
    }

    private static Line line(String what, SideBySide values) {
        return new Line(what, values.a(), values.b(), values.gap());
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(Scores.round(value.getAsDouble())) : "—";
    }
}
