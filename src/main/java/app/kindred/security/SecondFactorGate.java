package app.kindred.security;

/**
 * What the accounts (in {@code clinic}) tell sign-in about a user whose password was right.
 * An interface here because {@code security} must not depend on {@code clinic}.
 */
public interface SecondFactorGate {

    /** What is left to do after the password. */
    enum Step {
        /** Signed in now. */
        NONE,
        /** A code from the authenticator app, or a recovery code. */
        CODE,
        /** The clinic requires two-factor sign-in and this user has not set it up yet. */
        ENROL
    }

    Step stepAfterPassword(KindredUser user);

    /** Every factor was proven: the session now counts as signed in. */
    void signInCompleted(KindredUser user);
}
