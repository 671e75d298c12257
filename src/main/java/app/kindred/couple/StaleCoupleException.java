package app.kindred.couple;

/** Someone else saved this couple after the form was opened. */
public class StaleCoupleException extends RuntimeException {

    public StaleCoupleException() {
        super("Someone else changed this couple while you were editing. Reload to see their changes, then edit again.");
    }
}
