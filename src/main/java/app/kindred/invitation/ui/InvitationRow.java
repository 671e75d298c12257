package app.kindred.invitation.ui;

import app.kindred.invitation.InvitationStatus;
import app.kindred.invitation.InvitationSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One invitation: who, its status, when each step happened, and what can still be done with it. */
class InvitationRow extends Composite<Div> {

    /** What the panel does for a row's buttons. */
    interface Actions {
        void copy(InvitationSummary invitation, String link);

        void resend(InvitationSummary invitation);

        void revoke(InvitationSummary invitation);
    }

    InvitationRow(InvitationSummary invitation, String partnerName, String link, ZoneId zone, Actions actions) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
        Span who = new Span("Partner " + invitation.partner() + " · " + partnerName);
        who.getStyle().set("font-weight", "600");
        Div header = new Div(who, badge(invitation.status()));
        header.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("align-items", "center");
        Div steps = new Div(new Span(String.join(" · ", steps(invitation, time))));
        steps.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div row = getContent();
        row.add(header, steps);
        if (invitation.deliveryError() != null && invitation.status().isLive()) {
            Div error = new Div("The email could not be sent: " + invitation.deliveryError());
            error.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-error-text-color)");
            row.add(error);
        }
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (invitation.status().isLive() && link != null) {
            buttons.add(button("Copy link", invitation, inv -> actions.copy(inv, link)));
        }
        if (invitation.status() != InvitationStatus.COMPLETED) {
            buttons.add(button(invitation.status().isLive() ? "Re-send (new link)" : "Send a new link", invitation,
                    actions::resend));
        }
        if (invitation.status().isLive()) {
            buttons.add(button("Revoke", invitation, actions::revoke));
        }
        row.add(buttons);
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    private static List<String> steps(InvitationSummary i, DateTimeFormatter time) {
        List<String> steps = new ArrayList<>();
        add(steps, "created", i.createdAt(), time);
        add(steps, "emailed", i.sentAt(), time);
        add(steps, "opened", i.openedAt(), time);
        add(steps, "completed", i.completedAt(), time);
        add(steps, "revoked", i.revokedAt(), time);
        add(steps, "expired", i.expiredAt(), time);
        if (i.status().isLive()) {
            add(steps, "expires", i.expiresAt(), time);
        }
        return steps;
    }

    private static void add(List<String> steps, String what, Instant when, DateTimeFormatter time) {
        if (when != null) {
            steps.add(what + " " + time.format(when));
        }
    }

    private static Button button(String text, InvitationSummary invitation, Consumer<InvitationSummary> action) {
        Button button = new Button(text, e -> action.accept(invitation));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Span badge(InvitationStatus status) {
        Span badge = new Span(status.label());
        String color = switch (status) {
            case COMPLETED -> "var(--lumo-success-text-color)";
            case PENDING, OPENED -> "var(--lumo-primary-text-color)";
            default -> "var(--lumo-secondary-text-color)";
        };
        badge.getStyle().set("color", color).set("border", "1px solid currentColor")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0 var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }
}
