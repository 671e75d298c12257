package app.kindred.security;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Signing in and browsing over plain HTTP, as a browser would, redirects not followed. */
public final class HttpSignIn {

    private final TestRestTemplate http;

    public HttpSignIn(TestRestTemplate rest) {
        this.http = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    /** The password step: a form post to /login like Vaadin's LoginForm makes. */
    public ResponseEntity<String> postLogin(String username, String password) {
        return postLogin(username, password, new HttpHeaders());
    }

    public ResponseEntity<String> postLogin(String username, String password, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        return http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
    }

    /** A GET with the given session cookie ("JSESSIONID=…"), or none when null. */
    public ResponseEntity<String> get(String path, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The session cookie a response set, as "JSESSIONID=value". */
    public static Optional<String> sessionCookie(ResponseEntity<?> response) {
        List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst();
    }

    /** The full Set-Cookie header of the session cookie, attributes included. */
    public static Optional<String> sessionCookieHeader(ResponseEntity<?> response) {
        return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    public static String sessionId(String cookie) {
        return cookie.substring("JSESSIONID=".length());
    }
}
