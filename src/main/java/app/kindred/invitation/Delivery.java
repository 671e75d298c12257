package app.kindred.invitation;

/**
 * What became of an invitation's email, in words the clinician can act on. Whenever the email did
 * not go out, the link still works and has to be passed on by hand.
 */
public record Delivery(Outcome outcome, String message) {

    public static final String FAILED_MESSAGE = "The email could not be sent — copy the link and send it yourself.";

    public enum Outcome {
        /** The mail server accepted the email. */
        SENT,
        /** The partner has no email address: the link is meant to be copied. */
        LINK_ONLY,
        /** No mail server is configured, or it refused or could not be reached. */
        FAILED
    }

    static Delivery sent(String address) {
        return new Delivery(Outcome.SENT, "The invitation was emailed to " + address + ".");
    }

    static Delivery linkOnly() {
        return new Delivery(Outcome.LINK_ONLY, "This partner has no email address — copy the link and send it yourself.");
    }

    static Delivery failed() {
        return new Delivery(Outcome.FAILED, FAILED_MESSAGE);
    }

    /** True when the clinician has to copy the link and pass it on. */
    public boolean needsManualSending() {
        return outcome != Outcome.SENT;
    }
}
