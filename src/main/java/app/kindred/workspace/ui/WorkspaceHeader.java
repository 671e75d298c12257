package app.kindred.workspace.ui;

import app.kindred.couple.CoupleStatus;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.scoring.Flag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Who the couple is, who sees them, their status and what needs attention. */
class WorkspaceHeader extends Div {

    WorkspaceHeader(CoupleSummary couple, String clinicianName, CoupleScores scores, Component actions) {
        H2 title = new H2(couple.reference());
        title.getStyle().set("margin", "0");
        Span status = new Span(couple.status().label());
        status.getElement().getThemeList().add("badge" + (couple.status() == CoupleStatus.ACTIVE ? " success" : " contrast"));
        HorizontalLayout top = new HorizontalLayout(title, status, actions);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(actions);
        actions.getElement().getStyle().set("justify-content", "flex-end");
        Paragraph partners = new Paragraph(partner(couple.partners().get(0)) + " & " + partner(couple.partners().get(1)));
        partners.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Paragraph clinician = new Paragraph("Clinician: " + clinicianName + " · since " + couple.startedOn());
        clinician.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(top, partners, clinician, flags(scores));
    }

    private static String partner(PartnerSummary p) {
        return p.displayName() + (p.pronouns() == null ? "" : " (" + p.pronouns() + ")");
    }

    private static Component flags(CoupleScores scores) {
        if (scores.flags().isEmpty()) {
            Paragraph none = new Paragraph("No flags.");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setClassName("flags");
        list.getElement().setAttribute("aria-label", "Flags");
        for (Flag flag : scores.flags()) {
            var icon = VaadinIcon.FLAG.create();
            icon.setSize("1em");
            icon.setColor("var(--lumo-error-text-color)");
            icon.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(icon, new Span(" " + flag.reason()));
            list.add(item);
        }
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "var(--lumo-space-s) 0");
        return list;
    }
}
