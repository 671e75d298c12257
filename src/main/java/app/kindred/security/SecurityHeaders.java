package app.kindred.security;

import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.ClassUtils;

/**
 * The security headers of every response. Vaadin Flow needs {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} for scripts in production too (an inline bootstrap script, and functions
 * built from what the server sends), and {@code 'unsafe-inline'} for styles; development mode also
 * talks to its tools over a WebSocket. Everything else is as tight as the app allows: no frames,
 * no plugins, no foreign hosts, images only from here or {@code data:} (the QR code).
 */
final class SecurityHeaders {

    private static final String DEV_SERVER_CLASS = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";
    private static final long ONE_YEAR_SECONDS = 31_536_000;

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forVaadin(Environment env) {
        String policy = contentSecurityPolicy(vaadinDevMode(env));
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                // Invitation tokens live in URLs: no Referer may carry them to another site.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                // Sent only on HTTPS requests (also when a proxy says so, see forward-headers-strategy).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR_SECONDS).includeSubDomains(true));
    }

    static String contentSecurityPolicy(boolean devMode) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                devMode ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** Development mode runs with the dev server jar, which the production build leaves out. */
    static boolean vaadinDevMode(Environment env) {
        return ClassUtils.isPresent(DEV_SERVER_CLASS, SecurityHeaders.class.getClassLoader())
                && !env.getProperty("vaadin.productionMode", Boolean.class, false);
    }
}
