package app.kindred.invitation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of an invitation email, as plain text and as HTML. Every value is escaped in the HTML
 * part: names and clinic names are typed by people and must never become markup.
 */
final class InvitationMailText {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private InvitationMailText() {
    }

    static String subject(InvitationMail mail) {
        return (mail.reminder() ? "A gentle reminder: your questionnaire from " : "Your questionnaire from ")
                + mail.clinicName();
    }

    static String expiry(InvitationMail mail) {
        return EXPIRY.format(mail.expiresAt().atZone(mail.zone())) + " (" + mail.zone().getId() + ")";
    }

    static String plain(InvitationMail mail) {
        return """
                Hello %s,

                %s

                Open your personal link:
                %s

                It takes about 5 minutes, and every answer is saved as you go, so you can stop and \
                come back later. The link works until %s. It is only for you: please do not forward it.

                If the link no longer works, ask %s for a new one.

                %s
                """.formatted(mail.recipientName(), opening(mail), mail.link(), expiry(mail), mail.clinicianName(),
                mail.clinicName());
    }

    static String html(InvitationMail mail) {
        String link = esc(mail.link());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36em;">
                <p>Hello %s,</p>
                <p>%s</p>
                <p><a href="%s" style="display: inline-block; padding: 0.75em 1.5em; background: #1f5fbf; \
                color: #ffffff; text-decoration: none; border-radius: 6px;">Open the questionnaire</a></p>
                <p style="font-size: 0.9em;">Or copy this address into your browser:<br>%s</p>
                <p>It takes about 5 minutes, and every answer is saved as you go, so you can stop and come back \
                later. The link works until %s. It is only for you: please do not forward it.</p>
                <p>If the link no longer works, ask %s for a new one.</p>
                <p>%s</p>
                </body></html>
                """.formatted(esc(subject(mail)), esc(mail.recipientName()), esc(opening(mail)), link, link,
                esc(expiry(mail)), esc(mail.clinicianName()), esc(mail.clinicName()));
    }

    private static String opening(InvitationMail mail) {
        return mail.reminder()
                ? mail.clinicianName() + " at " + mail.clinicName() + " invited you a few days ago to answer a short"
                        + " questionnaire for your sessions together. If you have not found the time yet, here is your"
                        + " link again."
                : mail.clinicianName() + " at " + mail.clinicName() + " invites you to answer a short questionnaire"
                        + " for your sessions together. There are no right or wrong answers.";
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
