package app.kindred.invitation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the public questionnaire address from the configured base URL. */
@Component
class InvitationLinks {

    private final String baseUrl;

    InvitationLinks(@Value("${kindred.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String linkFor(String token) {
        return baseUrl + "/q/" + token;
    }
}
