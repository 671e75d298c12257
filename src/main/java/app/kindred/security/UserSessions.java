package app.kindred.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in sessions of one account, across browsers and devices (on this node). */
@Component
public class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of the user except the one making this request, e.g. after a password
     * change, so that whoever knew the old password is signed out too. Returns how many ended.
     */
    public int endOtherSessions(KindredUser user) {
        String current = currentSessionId();
        int ended = 0;
        for (SessionInformation session : registry.getAllSessions(user, false)) {
            if (!session.getSessionId().equals(current)) {
                // The next request of that session is signed out by the ConcurrentSessionFilter.
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
