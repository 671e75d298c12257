package app.kindred.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One in-process SMTP server (GreenMail) per test JVM, on a free port chosen at start, so that
 * every Spring test shares one context whose {@code spring.mail.*} points at it. Tests tell their
 * mail apart by recipient: each uses addresses of its own.
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
        }
        return server;
    }

    public static synchronized int port() {
        server();
        return port;
    }

    /** The properties that point the app's mail sender at this server. */
    public static Map<String, Object> springProperties() {
        return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port());
    }

    /**
     * Waits (up to 10 s) until at least {@code count} messages for this address arrived, and
     * returns all of them. GreenMail stores a message just after it acknowledged it to the sender.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            server().waitForIncomingEmail(100, server().getReceivedMessages().length + 1);
            found = messagesTo(address);
        }
        return found;
    }

    /** Every message received so far for this address, oldest first. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /** The text of the first part of this MIME type, searching nested multiparts. */
    public static String part(Part message, String mimeType) {
        try {
            if (message.isMimeType(mimeType) && !(message.getContent() instanceof Multipart)) {
                return (String) message.getContent();
            }
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
