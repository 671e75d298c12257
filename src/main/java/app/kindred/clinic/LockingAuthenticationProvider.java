package app.kindred.clinic;

import app.kindred.security.KindredUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password check with lockout around it. The password is always checked first, also for a
 * locked account, so a locked account answers no faster than any other; every refusal reaches the
 * user as the same "username or password not right" (see LoginView).
 */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInGuard guard;

    LockingAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            guard.recordFailure(attempt.getName(), refused instanceof DisabledException ? "account deactivated" : "wrong password");
            throw refused;
        }
        KindredUser user = (KindredUser) result.getPrincipal();
        if (guard.isLocked(user.clinicianId())) {
            guard.recordFailure(attempt.getName(), "right password");
            throw new LockedException("Account locked");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
