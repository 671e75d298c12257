package app.kindred.privacy.ui;

import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleSummary;
import app.kindred.privacy.CouplePrivacyService;
import app.kindred.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin's privacy page for one couple: download everything stored about them, or erase their
 * personal data after typing the couple's reference.
 */
@Route("admin/couples/:couple/privacy")
@RolesAllowed(AppRoles.CLINIC_ADMIN)
class CouplePrivacyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CouplePrivacyView.class);

    private static final DateTimeFormatter ERASED_AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final transient CouplePrivacyService privacy;
    private String title = "Privacy | Kindred";

    /** The clinic's own time zone, as everywhere else a time is shown to its staff. */
    private final ZoneId zone;

    CouplePrivacyView(CouplePrivacyService privacy, ClinicService clinics) {
        this.privacy = privacy;
        this.zone = clinics.myClinic().timezone();
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("couple").orElse("");
        try {
            if (!key.matches("\\d{1,18}")) {
                throw new CoupleNotFoundException();
            }
            show(privacy.couple(Long.parseLong(key)));
        } catch (CoupleNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CoupleSummary couple) {
        removeAll();
        title = "Privacy of " + couple.reference() + " | Kindred";
        Anchor back = new Anchor("couples/" + couple.id(), "Back to " + couple.reference());
        add(back, new H2("Privacy of " + couple.reference()), new Paragraph(couple.partnerNames()));
        if (couple.isErased()) {
            Span erased = new Span("Erased");
            erased.getElement().getThemeList().add("badge contrast");
            add(erased);
        }
        add(new H3("Right of access"), new Paragraph("One JSON file with everything stored about this couple: "
                + "partners, sessions, invitations (without their link secrets), answers, scores, observations with "
                + "every earlier version, and the audit events about them. The download is written to the audit log."),
                download(couple));
        add(new H3("Right to erasure"), new Paragraph("Erasing replaces both partners' names by \"Erased partner A/B\", "
                + "removes their emails and pronouns, every observation text and earlier version, and names and "
                + "addresses in the audit log. Sessions, answers and scores stay, without names, for the clinic's "
                + "statistics. It cannot be undone: download the data first if it is asked for."));
        Button erase = new Button("Erase this couple…", e -> new EraseCoupleDialog(privacy, couple, this::erased).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setEnabled(!couple.isErased());
        add(erase);
        if (couple.isErased()) {
            add(new Paragraph("This couple's personal data was erased on "
                    + ERASED_AT.format(couple.erasedAt().atZone(zone)) + "."));
        }
    }

    private void erased(long coupleId) {
        show(privacy.couple(coupleId));
    }

    private Anchor download(CoupleSummary couple) {
        Anchor link = new Anchor();
        link.setText("Download all data (JSON)");
        link.setHref((DownloadHandler) event -> {
            byte[] file;
            try {
                file = privacy.exportJson(couple.id());
            } catch (RuntimeException e) {
                log.warn("Data export failed", e);
                event.getResponse().setStatus(500);
                event.getUI().access(() -> Notification.show("The export failed. Please try again.", 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
                return;
            }
            event.setFileName(privacy.exportFileName(couple));
            event.setContentType("application/json");
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        }, AttachmentType.DOWNLOAD);
        return link;
    }
}
