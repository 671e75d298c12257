package app.kindred.clinic.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** Shows freshly made recovery codes: the only time anyone sees them. */
class RecoveryCodesPanel extends VerticalLayout {

    RecoveryCodesPanel(List<String> codes, Component next) {
        setPadding(false);
        add(new Paragraph("Two-factor sign-in is on. Keep these recovery codes somewhere safe, away from your"
                + " phone (print them, or store them in a password manager). Each one signs you in once if you"
                + " lose your phone. They are shown only now."));
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        list.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("columns", "2").set("column-gap", "var(--lumo-space-xl)").set("list-style", "none")
                .set("padding-left", "0").set("max-width", "24rem");
        add(new Div(list), next);
    }
}
