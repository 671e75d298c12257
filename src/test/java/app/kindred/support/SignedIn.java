package app.kindred.support;

import app.kindred.security.KindredUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a clinician into the security context, so tests set up their data through the services. */
public final class SignedIn {

    /** The bootstrap admin of the test clinic (see config/application.properties). */
    public static final String ADMIN = "admin";

    private SignedIn() {
    }

    public static KindredUser as(UserDetailsService users, String username) {
        KindredUser user = (KindredUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public static KindredUser asAdmin(UserDetailsService users) {
        return as(users, ADMIN);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
