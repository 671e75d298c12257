package app.kindred.support;

import app.kindred.security.KindredUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts an account into the test thread's security context as a sign-in would, so Spring tests can
 * call services as that clinician or admin. Call {@link #signOut()} after each test.
 */
public final class SignedIn {

    /** The bootstrap admin of the test clinic (see config/application.properties). */
    public static final String ADMIN = "admin";

    private SignedIn() {
    }

    public static KindredUser asAdmin(UserDetailsService accounts) {
        return as(accounts, ADMIN);
    }

    /** Loads the account as the sign-in does (clinic, roles) and makes it the caller. */
    public static KindredUser as(UserDetailsService accounts, String username) {
        KindredUser user = (KindredUser) accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
