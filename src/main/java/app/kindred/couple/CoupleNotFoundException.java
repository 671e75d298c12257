package app.kindred.couple;

/**
 * The couple does not exist or the caller may not see it. Both cases look the same from outside,
 * so a URL reveals nothing about other clinicians' or clinics' couples.
 */
public class CoupleNotFoundException extends RuntimeException {

    public CoupleNotFoundException() {
        super("This couple was not found.");
    }
}
