package app.kindred.observation.ui;

import app.kindred.observation.ObservationHistory;
import app.kindred.observation.ObservationHistory.TextVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every text the observation has had, newest first, read-only. */
class HistoryDialog extends Dialog {

    HistoryDialog(ObservationHistory history) {
        setHeaderTitle("History of the observation");
        setWidth("min(50rem, 95vw)");
        if (history.earlierVersions().isEmpty()) {
            add(new Paragraph("This observation has not been edited since it was written."));
        }
        List<TextVersion> newestFirst = new ArrayList<>(history.versions());
        Collections.reverse(newestFirst);
        newestFirst.forEach(version -> add(version(version)));
        if (history.current().isSigned()) {
            add(new Paragraph(ObservationFormat.signed(history.current()) + "."));
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Section version(TextVersion version) {
        String title = "Version " + version.number() + (version.number() == 1 ? " · as first written" : "")
                + (version.current() ? " · current" : "");
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0");
        Span by = new Span("Written by " + version.writtenBy() + " on " + ObservationFormat.time(version.writtenAt()));
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div tags = new Div();
        version.conditions().forEach(c -> {
            Span tag = ObservationFormat.tag(c);
            tag.getStyle().set("margin-right", "var(--lumo-space-xs)");
            tags.add(tag);
        });
        Paragraph text = new Paragraph(version.text());
        text.getStyle().set("white-space", "pre-wrap");
        Section section = new Section(heading, by, tags, text);
        section.getElement().setAttribute("aria-label", title);
        section.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return section;
    }
}
