package app.kindred.observation;

/**
 * Someone saved the observation after the caller had loaded it. The caller's change is refused
 * rather than written over the other person's, and the message tells them how not to lose it.
 */
public class ObservationConflictException extends RuntimeException {

    static final String WHILE_EDITING = "Someone else changed this observation while you were editing. "
            + "Your text is still here: copy it, reload, and apply your changes again.";

    static final String BEFORE_SIGNING = "Someone else changed this observation after you opened it. "
            + "Reload it and read it again before you sign.";

    ObservationConflictException(String message) {
        super(message);
    }
}
