package app.kindred.invitation;

/** The link stopped working while the client was answering (expired, revoked or submitted). */
public class LinkClosedException extends RuntimeException {

    public LinkClosedException() {
        super("This link no longer works. Please ask your therapist for a new one.");
    }
}
