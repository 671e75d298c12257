package app.kindred.workspace.ui;

import app.kindred.couple.CoupleStatus;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.scoring.Flag;
import app.kindred.questionnaire.scoring.FlagType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
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
        HorizontalLayout top = new HorizontalLayout(title, status);
        if (couple.isErased()) {
            Span erased = new Span("Erased");
            erased.getElement().getThemeList().add("badge error");
            top.add(erased);
        }
        top.add(actions);
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

    /** One line per kind of flag, its findings folded so a long list never buries the page. */
    private static Component flags(CoupleScores scores) {
        if (scores.flags().isEmpty()) {
            Paragraph none = new Paragraph("No flags.");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return none;
        }
        Div all = new Div();
        all.addClassName("flags");
        Map<FlagType, List<Flag>> byType = scores.flags().stream()
                .collect(Collectors.groupingBy(Flag::type, () -> new EnumMap<>(FlagType.class), Collectors.toList()));
        byType.forEach((type, flags) -> {
            UnorderedList list = new UnorderedList();
            flags.forEach(flag -> list.add(new ListItem(flag.reason())));
            list.getStyle().set("margin", "0");
            var icon = VaadinIcon.FLAG.create();
            icon.setSize("1em");
            icon.setColor("var(--lumo-error-text-color)");
            icon.getElement().setAttribute("aria-hidden", "true");
            String summary = flags.size() == 1 ? flags.get(0).reason() : type.label() + " — " + flags.size() + " findings";
            Details details = new Details(new Span(icon, new Span(" " + summary)), list);
            details.setOpened(false);
            if (flags.size() == 1) {
                all.add(new Div(icon, new Span(" " + summary)));
            } else {
                all.add(details);
            }
        });
        return all;
    }
}
