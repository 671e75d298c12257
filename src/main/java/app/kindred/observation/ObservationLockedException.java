package app.kindred.observation;

/** A signed observation cannot change; a correction is an addendum. */
public class ObservationLockedException extends RuntimeException {

    ObservationLockedException(String message) {
        super(message);
    }

    static ObservationLockedException signed() {
        return new ObservationLockedException(
                "This observation is signed and can no longer be edited. Add an addendum to correct it.");
    }
}
