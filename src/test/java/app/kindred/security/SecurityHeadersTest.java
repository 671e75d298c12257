package app.kindred.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AppTest
class SecurityHeadersTest {

    HttpSignIn http;

    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = new HttpSignIn(rest);
    }

    @Test
    void the_login_page_carries_the_security_headers() {
        ResponseEntity<String> login = http.get("/login", null);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).as("Kindred's Vaadin login view, not Spring's generated page")
                .contains("window.Vaadin").doesNotContain("Please sign in");
        assertSecurityHeaders(login.getHeaders());
    }

    @Test
    void a_view_of_a_signed_in_user_carries_the_security_headers() {
        String cookie = HttpSignIn.sessionCookie(http.postLogin("admin", "admin-password-for-tests")).orElseThrow();
        ResponseEntity<String> dashboard = http.get("/", cookie);
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertSecurityHeaders(dashboard.getHeaders());
    }

    @Test
    void questionnaire_links_carry_the_security_headers() {
        assertSecurityHeaders(http.get("/q/anything-at-all", null).getHeaders());
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_session_cookie_is_not_secure() {
        ResponseEntity<String> response = http.postLogin("admin", "admin-password-for-tests");
        assertThat(response.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
        assertThat(HttpSignIn.sessionCookieHeader(response).orElseThrow()).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure;").doesNotEndWith("Secure");
    }

    @Test
    void behind_a_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.add("X-Forwarded-Proto", "https");
        proxied.add("X-Forwarded-For", "203.0.113.7");
        ResponseEntity<String> response = http.postLogin("admin", "admin-password-for-tests", proxied);
        assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(response.getHeaders().getLocation()).hasScheme("https");
        assertThat(HttpSignIn.sessionCookieHeader(response).orElseThrow()).contains("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void development_and_production_policies_differ_only_in_the_dev_tools_websocket() {
        String dev = SecurityHeaders.contentSecurityPolicy(true);
        String prod = SecurityHeaders.contentSecurityPolicy(false);
        assertThat(dev).contains("connect-src 'self' ws: wss:");
        assertThat(prod).contains("connect-src 'self';").doesNotContain("ws:");
        assertThat(prod.replace("connect-src 'self'", "")).isEqualTo(dev.replace("connect-src 'self' ws: wss:", ""));
        assertThat(prod).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'").contains("img-src 'self' data:")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("img-src 'self' data:");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    }
}
