package app.kindred.observation.ui;

import app.kindred.observation.ObservationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** One observation with its meta line, tags, text, signature and buttons; its addenda nested below. */
class ObservationCard extends Article {

    ObservationCard(ObservationSummary observation, ObservationFormat format, ObservationActions actions) {
        String kind = observation.isAddendum() ? "Addendum" : "Observation";
        getElement().setAttribute("aria-label", kind + " by " + observation.authorName() + ", "
                + ObservationFormat.time(observation.writtenAt()));
        addClassName("observation");
        getStyle().set("display", "block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        if (observation.isAddendum()) {
            getStyle().set("border-left", "4px solid var(--lumo-primary-color-50pct)");
        }
        add(meta(kind, observation, format), tags(observation), text(observation));
        if (observation.isSigned()) {
            add(new Div(ObservationFormat.badge(ObservationFormat.signed(observation), true)));
        }
        add(buttons(observation, actions));
        for (ObservationSummary addendum : observation.addenda()) {
            ObservationCard nested = new ObservationCard(addendum, format, actions);
            nested.getStyle().set("margin-left", "var(--lumo-space-l)");
            add(nested);
        }
    }

    private static Div meta(String kind, ObservationSummary observation, ObservationFormat format) {
        Span who = new Span(kind + " by " + observation.authorName());
        who.getStyle().set("font-weight", "600");
        Div meta = new Div(who, new Span(" · " + ObservationFormat.time(observation.writtenAt())));
        if (observation.isEdited()) {
            meta.add(new Span(" · edited " + ObservationFormat.time(observation.editedAt())));
        }
        String session = format.sessionOf(observation);
        if (!session.isEmpty()) {
            meta.add(new Span(" · " + session));
        }
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return meta;
    }

    private static FlexLayout tags(ObservationSummary observation) {
        FlexLayout tags = new FlexLayout();
        tags.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tags.getStyle().set("gap", "var(--lumo-space-xs)").set("margin-top", "var(--lumo-space-xs)");
        observation.conditions().forEach(c -> tags.add(ObservationFormat.tag(c)));
        tags.setVisible(!observation.conditions().isEmpty());
        tags.getElement().setAttribute("aria-label", "Conditions");
        return tags;
    }

    /** Set as text, never as HTML, and shown with its line breaks. */
    private static Paragraph text(ObservationSummary observation) {
        Paragraph text = new Paragraph(observation.text());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-s) 0");
        return text;
    }

    private static FlexLayout buttons(ObservationSummary observation, ObservationActions actions) {
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-xs)");
        if (!observation.isSigned()) {
            buttons.add(button("Edit", VaadinIcon.EDIT, () -> actions.edit(observation)));
            buttons.add(button("Sign", VaadinIcon.LOCK, () -> actions.sign(observation)));
        } else {
            buttons.add(button("Add addendum", VaadinIcon.PLUS, () -> actions.addAddendum(observation)));
        }
        buttons.add(button("History", VaadinIcon.TIME_BACKWARD, () -> actions.history(observation)));
        return buttons;
    }

    private static Button button(String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(label, icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
