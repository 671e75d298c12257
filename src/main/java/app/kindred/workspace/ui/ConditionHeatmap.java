package app.kindred.workspace.ui;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.scoring.Scores;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * Partners × the 11 conditions, latest against baseline. A single-hue blue scale (safe for every
 * kind of colour blindness) with the number printed in each cell, so colour is never the only cue.
 */
class ConditionHeatmap extends Div {

    private static final String[] BLUES = {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"};

    ConditionHeatmap(CoupleScores scores) {
        add(new H3("Conditions: latest and baseline"));
        if (scores.trackA().isEmpty() && scores.trackB().isEmpty()) {
            add(new Paragraph("The heatmap fills in once a partner has answered."));
            return;
        }
        Div table = new Div();
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", "Condition scores by partner, latest and baseline");
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(9rem, auto) repeat(11, minmax(2.6rem, 1fr))")
                .set("gap", "2px").set("overflow-x", "auto").set("font-size", "var(--lumo-font-size-s)");
        Div head = row();
        head.add(header(""));
        for (Condition condition : Condition.values()) {
            head.add(conditionHeader(condition.label()));
        }
        table.add(head);
        for (PartnerLabel label : PartnerLabel.values()) {
            addRow(table, scores.name(label) + " latest", scores.latest(label));
            addRow(table, scores.name(label) + " baseline", scores.baseline(label));
        }
        add(table);
    }

    private static void addRow(Div table, String title, Optional<PartnerPoint> point) {
        Div row = row();
        Span head = header(title + point.map(p -> " (S" + p.sessionNumber() + ")").orElse(""));
        head.getElement().setAttribute("role", "rowheader");
        row.add(head);
        for (Condition condition : Condition.values()) {
            Span cell = new Span();
            cell.getElement().setAttribute("role", "cell");
            cell.getStyle().set("padding", "0.4em 0.2em").set("text-align", "center").set("border-radius", "3px");
            if (point.isEmpty()) {
                cell.setText("—");
            } else {
                int value = Scores.round(point.get().scores().condition(condition));
                int shade = Math.min(BLUES.length - 1, value * BLUES.length / 101);
                cell.setText(String.valueOf(value));
                cell.getElement().setAttribute("title", title + ", " + condition.label() + ": " + value);
                // White text only from the shade where it reaches 4.5:1 (#2171b5: 5.1); dark text up to there (#4292c6: 5.1).
                cell.getStyle().set("background", BLUES[shade]).set("color", shade >= 6 ? "#ffffff" : "#1a1a1a");
            }
            row.add(cell);
        }
        table.add(row);
    }

    /**
     * A table's cells must sit in rows for assistive technology; each row spans the grid and lays
     * its cells on the table's columns (subgrid), so the columns still line up across rows.
     */
    private static Div row() {
        Div row = new Div();
        row.getElement().setAttribute("role", "row");
        row.getStyle().set("display", "grid").set("grid-column", "1 / -1").set("grid-template-columns", "subgrid")
                .set("gap", "inherit");
        return row;
    }

    private static Span header(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("role", "columnheader");
        span.getStyle().set("font-weight", "600").set("padding", "0.3em").set("overflow-wrap", "break-word");
        return span;
    }

    /**
     * Condition names run upwards: eleven columns cannot hold "Attentiveness" across, and a word
     * broken mid-way ("Kindnes s") reads worse than a turned one.
     */
    private static Span conditionHeader(String text) {
        Span span = header(text);
        span.getStyle().set("writing-mode", "vertical-rl").set("transform", "rotate(180deg)")
                .set("white-space", "nowrap").set("justify-self", "center").set("overflow-wrap", "normal");
        return span;
    }
}
