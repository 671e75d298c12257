package app.kindred.workspace.ui;

import app.kindred.couple.CoupleSummary;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationSummary;
import app.kindred.invitation.ui.SessionInvitationsPanel;
import app.kindred.therapysession.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The couple's sessions, newest first: the newest with its invitation actions (invite, copy link,
 * re-send, revoke), older ones with their invitations' statuses and a link to the session.
 */
class SessionsTimeline extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    SessionsTimeline(CoupleSummary couple, List<SessionSummary> sessions, Map<Long, List<InvitationSummary>> invitations,
            ZoneId zone, Runnable addSession, InvitationService invitationService) {
        Button add = new Button("Add session", VaadinIcon.PLUS.create(), e -> addSession.run());
        HorizontalLayout header = new HorizontalLayout(new H3("Sessions"), add);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (sessions.isEmpty()) {
            add(new Paragraph("No sessions yet. Add the first session, then invite both partners from it."));
            return;
        }
        long newest = sessions.stream().mapToLong(SessionSummary::number).max().orElse(0);
        sessions.stream().sorted(Comparator.comparingInt(SessionSummary::number).reversed()).forEach(session -> {
            Div card = new Div();
            card.addClassName("session");
            card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
            Anchor open = new Anchor("couples/" + couple.id() + "/sessions/" + session.id(),
                    "Session " + session.number() + " · " + DATE.format(session.date()) + " · " + session.kind().label());
            open.getStyle().set("font-weight", "600");
            card.add(open);
            if (session.number() == newest) {
                // The newest session is where invitations are sent: its actions are right here.
                card.add(new SessionInvitationsPanel(invitationService, session.id(), couple, zone));
                add(card);
                return;
            }
            List<InvitationSummary> ofSession = invitations.getOrDefault(session.id(), List.of());
            if (ofSession.isEmpty()) {
                card.add(new Paragraph("No invitations yet — open the session to invite the partners."));
            }
            for (InvitationSummary invitation : ofSession) {
                String who = couple.partner(invitation.partner()).displayName();
                Span line = new Span(who + ": " + invitation.status().label() + " " + when(invitation, zone));
                line.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                card.add(line);
            }
            add(card);
        });
    }

    private static String when(InvitationSummary i, ZoneId zone) {
        var at = switch (i.status()) {
            case COMPLETED -> i.completedAt();
            case OPENED -> i.openedAt();
            case REVOKED -> i.revokedAt();
            case EXPIRED -> i.expiredAt() != null ? i.expiredAt() : i.expiresAt();
            case PENDING -> i.sentAt() != null ? i.sentAt() : i.createdAt();
        };
        return at == null ? "" : "(" + TIME.format(at.atZone(zone)) + ")";
    }
}
