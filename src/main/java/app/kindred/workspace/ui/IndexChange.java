package app.kindred.workspace.ui;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.scoring.Change;
import app.kindred.questionnaire.scoring.Scores;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;

/**
 * Each partner's latest intimacy index with its change since the previous and since the first
 * assessment, and whether that change is reliable (RCI): the question a therapist asks of the chart.
 */
class IndexChange extends Div {

    IndexChange(CoupleScores scores) {
        addClassName("index-change");
        add(new H4("Change on the intimacy index"));
        UnorderedList lines = new UnorderedList();
        lines.getStyle().set("margin", "0");
        for (PartnerLabel label : PartnerLabel.values()) {
            ListItem line = new ListItem(line(scores.name(label), scores.track(label)));
            line.getElement().setAttribute("data-partner", label.name());
            lines.add(line);
        }
        add(lines);
    }

    static String line(String name, List<PartnerPoint> track) {
        if (track.isEmpty()) {
            return name + ": no answers yet.";
        }
        PartnerPoint latest = track.get(track.size() - 1);
        String now = name + ": " + Scores.round(latest.scores().index()) + " in session " + latest.sessionNumber();
        if (track.size() == 1) {
            return now + ", the first assessment; change shows from the second one.";
        }
        PartnerPoint first = track.get(0);
        PartnerPoint previous = track.get(track.size() - 2);
        Optional<Change> sinceBaseline = latest.indexProgress().sinceBaseline();
        Optional<Change> sincePrevious = latest.indexProgress().sincePrevious();
        String text = now + "; since session " + first.sessionNumber() + " (" + Scores.round(first.scores().index())
                + "): " + sinceBaseline.map(Change::summary).orElse("—");
        if (track.size() > 2) {
            text += "; since session " + previous.sessionNumber() + ": "
                    + sincePrevious.map(Change::summary).orElse("—");
        }
        return text + ".";
    }
}
