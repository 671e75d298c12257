package app.kindred.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A session whose password was right but whose second factor is still missing. It is anonymous on
 * purpose (the pattern of Spring Security's multi-factor sample): every access rule, every
 * {@code @PermitAll} view and {@link CurrentUser} treat it as not signed in, so only anonymous
 * pages open until {@link SignInCompletion} swaps in the real authentication with its roles.
 */
public final class PendingSignIn extends AnonymousAuthenticationToken {

    private static final String KEY = "kindred-pending-second-factor";

    private final Authentication passwordStep;
    private final SecondFactorGate.Step step;
    private final String targetPath;

    PendingSignIn(Authentication passwordStep, SecondFactorGate.Step step, String targetPath) {
        super(KEY, "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        this.passwordStep = passwordStep;
        this.step = step;
        this.targetPath = targetPath;
    }

    public static Optional<PendingSignIn> find() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending
                ? Optional.of(pending) : Optional.empty();
    }

    public static PendingSignIn require() {
        return find().orElseThrow(() -> new AccessDeniedException("No sign-in is waiting for a second factor"));
    }

    /** The account whose password was right; not signed in yet. */
    public KindredUser user() {
        return (KindredUser) passwordStep.getPrincipal();
    }

    public SecondFactorGate.Step step() {
        return step;
    }

    Authentication passwordStep() {
        return passwordStep;
    }

    /** Where the user was going before being asked to sign in. */
    String targetPath() {
        return targetPath;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSignIn pending && super.equals(other) && pending.passwordStep.equals(passwordStep);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + passwordStep.hashCode();
    }
}
