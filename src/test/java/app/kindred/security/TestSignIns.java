package app.kindred.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a user into the security context of the test thread, as a request would. */
public final class TestSignIns {

    private TestSignIns() {
    }

    /** Fully signed in, with the user's roles. */
    public static void signIn(KindredUser user) {
        SecurityContextHolder.getContext().setAuthentication(passwordStep(user));
    }

    /** Password right, second factor still owed. */
    public static PendingSignIn pending(KindredUser user, SecondFactorGate.Step step) {
        PendingSignIn pending = new PendingSignIn(passwordStep(user), step, "/");
        SecurityContextHolder.getContext().setAuthentication(pending);
        return pending;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static UsernamePasswordAuthenticationToken passwordStep(KindredUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
