package app.kindred.invitation.ui;

import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationSummary;
import app.kindred.invitation.IssuedInvitation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The invitations of one session, for the clinician: invite partner A, B or both, copy a link,
 * re-send (a new link; the old one stops working) and revoke, each step with its time. A link can
 * only be copied while this panel is open after issuing it: only its hash is stored, so afterwards
 * the way to a working link is a re-send.
 */
public class SessionInvitationsPanel extends Composite<VerticalLayout> {

    private final transient InvitationService invitations;
    private final long sessionId;
    private final CoupleSummary couple;
    private final ZoneId zone;
    private final Map<Long, String> links = new HashMap<>();
    private final Div linkBoxes = new Div();
    private final Div rows = new Div();

    public SessionInvitationsPanel(InvitationService invitations, long sessionId, CoupleSummary couple, ZoneId zone) {
        this.invitations = invitations;
        this.sessionId = sessionId;
        this.couple = couple;
        this.zone = zone;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3("Questionnaire invitations"), inviteButtons(), linkBoxes, rows);
        linkBoxes.setWidthFull();
        rows.setWidthFull();
        refresh();
    }

    private FlexLayout inviteButtons() {
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        for (PartnerSummary partner : couple.partners()) {
            buttons.add(new Button("Invite " + partner.displayName(),
                    e -> issue(() -> List.of(invitations.invite(sessionId, partner.label())))));
        }
        Button both = new Button("Invite both", e -> issue(() -> invitations.inviteBoth(sessionId)));
        both.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(both);
        return buttons;
    }

    private void issue(Supplier<List<IssuedInvitation>> action) {
        List<IssuedInvitation> issued;
        try {
            issued = action.get();
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        linkBoxes.removeAll();
        for (IssuedInvitation invitation : issued) {
            links.put(invitation.invitation().id(), invitation.link());
            String name = nameOf(invitation.invitation().partner());
            Notification notice = Notification.show(name + ": " + invitation.delivery().message(),
                    invitation.delivery().needsManualSending() ? 10000 : 5000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(invitation.delivery().needsManualSending() ? NotificationVariant.LUMO_WARNING
                    : NotificationVariant.LUMO_SUCCESS);
            if (invitation.delivery().needsManualSending()) {
                linkBoxes.add(new LinkBox("Link for " + name, invitation.link()));
            }
        }
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        List<InvitationSummary> all = invitations.invitationsOfSession(sessionId);
        if (all.isEmpty()) {
            rows.add(new Paragraph("No one has been invited for this session yet."));
        }
        InvitationRow.Actions actions = new InvitationRow.Actions() {
            @Override
            public void copy(InvitationSummary invitation, String link) {
                LinkBox.copy(rows, link, null);
            }

            @Override
            public void resend(InvitationSummary invitation) {
                issue(() -> List.of(invitations.resend(invitation.id())));
            }

            @Override
            public void revoke(InvitationSummary invitation) {
                confirmRevoke(invitation);
            }
        };
        for (int i = all.size() - 1; i >= 0; i--) {
            InvitationSummary invitation = all.get(i);
            rows.add(new InvitationRow(invitation, nameOf(invitation.partner()), links.get(invitation.id()), zone,
                    actions));
        }
    }

    private void confirmRevoke(InvitationSummary invitation) {
        ConfirmDialog dialog = new ConfirmDialog("Revoke this link?",
                "The link for " + nameOf(invitation.partner()) + " will stop working. Answers already given are"
                        + " kept and carry over to a new link.",
                "Revoke", e -> {
                    invitations.revoke(invitation.id());
                    links.remove(invitation.id());
                    Notification.show("The link was revoked.", 4000, Notification.Position.BOTTOM_START);
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String nameOf(PartnerLabel label) {
        return couple.partner(label).displayName();
    }
}
