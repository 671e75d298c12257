package app.kindred.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Runs after a right password. Without a second factor to prove, hands over to Vaadin's usual
 * handler; otherwise replaces the new authentication with a {@link PendingSignIn} (which grants
 * nothing) and sends the browser to the second step.
 */
final class TwoFactorSuccessHandler implements AuthenticationSuccessHandler {

    static final String SECOND_STEP_ROUTE = "login/code";

    private final AuthenticationSuccessHandler signedIn;
    private final SecondFactorGate gate;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;

    TwoFactorSuccessHandler(AuthenticationSuccessHandler signedIn, SecondFactorGate gate,
            SecurityContextRepository contexts, RequestCache requestCache) {
        this.signedIn = signedIn;
        this.gate = gate;
        this.contexts = contexts;
        this.requestCache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        KindredUser user = (KindredUser) authentication.getPrincipal();
        SecondFactorGate.Step step = gate.stepAfterPassword(user);
        if (step == SecondFactorGate.Step.NONE) {
            gate.signInCompleted(user);
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(new PendingSignIn(authentication, step, targetPath(request, response)));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/" + SECOND_STEP_ROUTE);
    }

    /** Only the path and query of the saved request, so the later redirect can not leave the site. */
    private String targetPath(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return request.getContextPath() + "/";
        }
        URI uri = URI.create(saved.getRedirectUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
