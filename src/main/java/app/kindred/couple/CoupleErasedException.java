package app.kindred.couple;

/**
 * Something would add personal data to a couple whose data was erased. An
 * {@link IllegalArgumentException} so the screens that already show refusals show this one too.
 */
public class CoupleErasedException extends IllegalArgumentException {

    public CoupleErasedException(String reference) {
        super("The personal data of " + reference + " was erased; nothing new can be added to it.");
    }
}
