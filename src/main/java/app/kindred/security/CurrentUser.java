package app.kindred.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in clinician, for services that must check the caller's clinic and role. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<KindredUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KindredUser user ? Optional.of(user) : Optional.empty();
    }

    public static KindredUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
