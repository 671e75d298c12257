package app.kindred.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.support.AppTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@AppTest
class SessionTest {

    static final String PASSWORD = "a long and private sentence";

    @Autowired
    ServerProperties server;

    @Autowired
    Environment env;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    ClinicianService clinicians;

    @Autowired
    ClinicService clinics;

    @Autowired
    UserDetailsService users;

    HttpSignIn http;

    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = new HttpSignIn(rest);
    }

    @AfterEach
    void forget() {
        TestSignIns.signOut();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_and_heartbeats_do_not_count_as_use() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(tomcatContext().getSessionTimeout()).as("minutes, as Tomcat applies it").isEqualTo(30);
        assertThat(env.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void a_session_that_expired_is_sent_to_the_login_page() throws Exception {
        String cookie = signIn(newAccount());
        assertThat(http.get("/", cookie).getStatusCode()).isEqualTo(HttpStatus.OK);

        // What Tomcat's background sweep does to a session idle for longer than the timeout.
        tomcatManager().findSession(HttpSignIn.sessionId(cookie)).expire();

        assertThat(http.get("/", cookie).getHeaders().getLocation()).hasPath("/login");
    }

    @Test
    void changing_the_password_ends_the_users_other_sessions_but_not_this_one() {
        String username = newAccount();
        String here = signIn(username);
        String elsewhere = signIn(username);
        String otherUser = signIn(newAccount());

        KindredUser user = (KindredUser) users.loadUserByUsername(username);
        TestSignIns.signIn(user);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, HttpSignIn.sessionId(here)));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        clinicians.changeOwnPassword(PASSWORD, "an even longer and more private sentence");

        assertThat(http.get("/", elsewhere).getHeaders().getLocation()).as("the other session").hasPath("/login");
        assertThat(http.get("/", here).getStatusCode()).as("this session").isEqualTo(HttpStatus.OK);
        assertThat(http.get("/", otherUser).getStatusCode()).as("someone else's session").isEqualTo(HttpStatus.OK);
    }

    private String newAccount() {
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        long clinicId = clinics.findClinicByName("Test clinic").orElseThrow();
        clinicians.createAccount(clinicId, username, "Session Test", PASSWORD, ClinicianRole.CLINICIAN, false);
        return username;
    }

    private String signIn(String username) {
        return HttpSignIn.sessionCookie(http.postLogin(username, PASSWORD)).orElseThrow();
    }

    private Context tomcatContext() {
        return (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    }

    private Manager tomcatManager() {
        return tomcatContext().getManager();
    }
}
