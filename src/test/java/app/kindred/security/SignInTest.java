package app.kindred.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@AppTest
class SignInTest {

    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    /** Redirects are what these tests check, so they are not followed. */
    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    void an_anonymous_visit_to_a_view_ends_on_the_login_page() {
        for (String path : new String[] {"/", "/account/password", "/no-such-view"}) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
            assertThat(response.getHeaders().getLocation()).as(path).hasPath("/login");
        }
    }

    @Test
    void the_login_page_is_open_to_everyone() {
        assertThat(http.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_wrong_password_is_refused() {
        ResponseEntity<String> response = postLogin("admin", "not-the-password");
        assertThat(response.getHeaders().getLocation()).hasPath("/login").hasQuery("error");
    }

    @Test
    void the_right_password_signs_in() {
        ResponseEntity<String> response = postLogin("admin", "admin-password-for-tests");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation().getQuery()).isNull();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_of_cost_12() {
        String hash = jdbc.queryForObject("select password_hash from clinician where username = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain("admin-password-for-tests");
    }

    private ResponseEntity<String> postLogin(String username, String password) {
        // Vaadin's configurer leaves the login form post open to CSRF-less posts from LoginForm.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        return http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
    }
}
