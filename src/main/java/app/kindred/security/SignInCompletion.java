package app.kindred.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns the current {@link PendingSignIn} into a signed-in session. Only the second-step service
 * calls it, right after it verified a code (a rule in the tests checks this).
 */
@Component
public class SignInCompletion {

    private final SecurityContextRepository contexts;
    private final SessionRegistry sessions;
    private final SecondFactorGate gate;

    SignInCompletion(SecurityContextRepository contexts, SessionRegistry sessions, SecondFactorGate gate) {
        this.contexts = contexts;
        this.sessions = sessions;
        this.gate = gate;
    }

    /** Returns the path to open next (a full page load, so the new roles take effect). */
    public String complete() {
        PendingSignIn pending = PendingSignIn.require();
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        // A new privilege level gets a new session id, so an id seen before this point is worthless.
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(pending.passwordStep());
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, current.getResponse());
        sessions.registerNewSession(request.getSession().getId(), pending.user());
        gate.signInCompleted(pending.user());
        return pending.targetPath();
    }

    /** Gives up a waiting sign-in, for instance when the account got locked meanwhile. */
    public void abandon() {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        SecurityContext empty = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        SecurityContextHolder.getContextHolderStrategy().setContext(empty);
        contexts.saveContext(empty, current.getRequest(), current.getResponse());
    }
}
