package app.kindred.invitation;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends invitation and reminder emails through the SMTP server in {@code spring.mail.*}: one
 * plain and one HTML part. Without {@code spring.mail.host} nothing is attempted; the invitation
 * stays valid and its link is passed on by hand.
 */
@Component
public class InvitationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kindred.mail.from}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    public boolean isConfigured() {
        return StringUtils.hasText(host) && sender.getIfAvailable() != null;
    }

    /** Sends the mail, or says in plain words why it could not be sent. */
    void send(InvitationMail mail) throws MailNotSentException {
        if (!isConfigured()) {
            throw new MailNotSentException("No mail server is configured (spring.mail.host is empty).");
        }
        JavaMailSender mailSender = sender.getObject();
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(InvitationMailText.subject(mail));
            helper.setText(InvitationMailText.plain(mail), InvitationMailText.html(mail));
            mailSender.send(message);
        } catch (MailException | MessagingException e) {
            throw new MailNotSentException("The mail server did not accept the email: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    /** Why an email did not go out; the message is stored on the invitation and audited. */
    static class MailNotSentException extends Exception {

        MailNotSentException(String reason) {
            super(reason);
        }
    }
}
