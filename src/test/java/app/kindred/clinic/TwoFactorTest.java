package app.kindred.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.audit.AuditService;
import app.kindred.clinic.SecondStepService.Result;
import app.kindred.clinic.SecondStepService.Status;
import app.kindred.security.CurrentUser;
import app.kindred.security.HttpSignIn;
import app.kindred.security.KindredUser;
import app.kindred.security.PendingSignIn;
import app.kindred.security.SecondFactorGate.Step;
import app.kindred.security.TestSignIns;
import app.kindred.security.totp.Totp;
import app.kindred.support.AppTest;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Enrolment and the second sign-in step, against the services and over HTTP. Codes are computed
 * with the app's own {@link Totp} bean, so they follow the same clock as the check.
 */
@AppTest
class TwoFactorTest {

    static final String PASSWORD = "a long and private sentence";

    @Autowired
    ClinicianService clinicians;

    @Autowired
    ClinicService clinics;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SecondStepService secondStep;

    @Autowired
    UserDetailsService users;

    @Autowired
    Totp totp;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    HttpSignIn http;
    String username;
    KindredUser user;

    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = new HttpSignIn(rest);
    }

    @BeforeEach
    void newAccount() {
        username = "tfa-" + UUID.randomUUID().toString().substring(0, 8);
        long clinicId = clinics.findClinicByName("Test clinic").orElseThrow();
        clinicians.createAccount(clinicId, username, "Two Factor", PASSWORD, ClinicianRole.CLINICIAN, false);
        user = (KindredUser) users.loadUserByUsername(username);
    }

    @AfterEach
    void forget() {
        TestSignIns.signOut();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void enrolment_needs_a_right_first_code_and_gives_ten_recovery_codes_stored_as_hashes_only() {
        TestSignIns.signIn(user);
        TwoFactorSetup setup = twoFactor.beginSetup();
        assertThat(setup.qrCodeDataUri()).startsWith("data:image/png;base64,");
        String secret = setup.secretForTyping().replace(" ", "");
        assertThat(twoFactor.status().enabled()).isFalse();

        assertThat(twoFactor.confirmSetup("000000".equals(codeNow(secret)) ? "111111" : "000000")).isEmpty();
        List<String> codes = twoFactor.confirmSetup(codeNow(secret)).orElseThrow();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorService.TwoFactorStatus(true, false, 10));
        String storedSecret = jdbc.queryForObject("select totp_secret from clinician where id = ?", String.class,
                user.clinicianId());
        assertThat(storedSecret).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.toLowerCase());
        List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where clinician_id = ?",
                String.class, user.clinicianId());
        assertThat(hashes).hasSize(10).allMatch(h -> h.matches("[0-9a-f]{64}"))
                .noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(audit.eventsWithAction("TWO_FACTOR_ENABLED")).anyMatch(e -> e.getActor().equals(username));
    }

    @Test
    void with_two_factor_on_a_right_password_alone_does_not_sign_in() {
        enrol();
        ResponseEntity<String> password = http.postLogin(username, PASSWORD);
        assertThat(password.getHeaders().getLocation()).hasPath("/login/code");
        String cookie = HttpSignIn.sessionCookie(password).orElseThrow();
        assertThat(http.get("/", cookie).getHeaders().getLocation()).as("no view opens yet").hasPath("/login");
        assertThat(http.get("/account", cookie).getHeaders().getLocation()).hasPath("/login");
        assertThat(http.get("/login/code", cookie).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void the_second_step_signs_in_with_a_code_and_the_same_code_never_works_twice() {
        String secret = enrol();
        String code = totp.codeAt(secret, totp.currentStep() + 1);

        pendingRequest(Step.CODE);
        Result result = secondStep.verify(code);
        assertThat(result).isEqualTo(new Result(Status.SIGNED_IN, "/"));
        assertThat(CurrentUser.find()).contains(user);
        assertThat(PendingSignIn.find()).isEmpty();

        pendingRequest(Step.CODE);
        assertThat(secondStep.verify(code).status()).as("replayed code").isEqualTo(Status.WRONG_CODE);
    }

    @Test
    void the_second_step_signs_in_with_a_recovery_code_once() {
        List<String> recoveryCodes = enrolWithCodes();
        String recovery = recoveryCodes.get(3).toUpperCase().replace("-", " ");

        pendingRequest(Step.CODE);
        assertThat(secondStep.verify(recovery).status()).isEqualTo(Status.SIGNED_IN);
        assertThat(CurrentUser.find()).contains(user);

        pendingRequest(Step.CODE);
        assertThat(secondStep.verify(recoveryCodes.get(3)).status()).as("used recovery code").isEqualTo(Status.WRONG_CODE);
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where clinician_id = ? and used_at is null",
                Integer.class, user.clinicianId())).isEqualTo(9);
    }

    @Test
    void five_wrong_codes_lock_the_account_like_wrong_passwords() {
        String secret = enrol();
        String wrong = totp.codeAt(secret, totp.currentStep() + 5);
        for (int i = 1; i <= 4; i++) {
            pendingRequest(Step.CODE);
            assertThat(secondStep.verify(wrong).status()).isEqualTo(Status.WRONG_CODE);
        }
        pendingRequest(Step.CODE);
        assertThat(secondStep.verify(wrong).status()).isEqualTo(Status.LOCKED);
        assertThat(PendingSignIn.find()).as("the waiting sign-in is given up").isEmpty();

        pendingRequest(Step.CODE);
        assertThat(secondStep.verify(totp.codeAt(secret, totp.currentStep() + 1)).status())
                .as("a right code while locked").isEqualTo(Status.LOCKED);
        assertThat(http.postLogin(username, PASSWORD).getHeaders().getLocation()).hasQuery("error");
    }

    @Test
    void a_clinic_that_requires_two_factor_sends_members_without_it_to_set_it_up_first() {
        long clinicId = clinics.createClinic("Strict clinic " + username, ZoneOffset.UTC);
        String adminName = username + "-admin";
        clinicians.createAccount(clinicId, adminName, "Strict Admin", PASSWORD, ClinicianRole.CLINIC_ADMIN, false);
        KindredUser admin = (KindredUser) users.loadUserByUsername(adminName);

        TestSignIns.signIn(user);
        assertThatThrownBy(() -> clinics.setRequireTotp(true)).as("only admins").isInstanceOf(AccessDeniedException.class);
        TestSignIns.signIn(admin);
        clinics.setRequireTotp(true);
        assertThat(audit.eventsOfClinic(clinicId)).anyMatch(e -> e.getAction().equals("TWO_FACTOR_REQUIRED"));

        assertThat(http.postLogin(adminName, PASSWORD).getHeaders().getLocation()).hasPath("/login/code");
        pendingRequest(admin, Step.ENROL);
        assertThatThrownBy(() -> secondStep.verify("123456")).as("no code step before enrolment")
                .isInstanceOf(IllegalStateException.class);
        String secret = secondStep.beginEnrolment().secretForTyping();
        assertThat(secondStep.confirmEnrolment("not a code")).isEmpty();
        assertThat(CurrentUser.find()).isEmpty();
        SecondStepService.Enrolled enrolled = secondStep.confirmEnrolment(codeNow(secret)).orElseThrow();
        assertThat(enrolled.recoveryCodes()).hasSize(10);
        assertThat(CurrentUser.find()).contains(admin);

        assertThatThrownBy(() -> twoFactor.turnOff(totp.codeAt(secret, totp.currentStep() + 1)))
                .hasMessageContaining("requires");
    }

    @Test
    void turning_two_factor_off_needs_a_code_and_removes_secret_and_recovery_codes() {
        String secret = enrol();
        TestSignIns.signIn(user);
        assertThat(twoFactor.turnOff("000000".equals(codeNow(secret)) ? "111111" : "000000")).isFalse();
        assertThat(twoFactor.turnOff(totp.codeAt(secret, totp.currentStep() + 1))).isTrue();
        assertThat(twoFactor.status().enabled()).isFalse();
        assertThat(jdbc.queryForObject("select totp_secret from clinician where id = ?", String.class, user.clinicianId())).isNull();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where clinician_id = ?", Integer.class,
                user.clinicianId())).isZero();
        assertThat(http.postLogin(username, PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/");
    }

    private String enrol() {
        TestSignIns.signIn(user);
        String secret = twoFactor.beginSetup().secretForTyping();
        twoFactor.confirmSetup(codeNow(secret)).orElseThrow();
        TestSignIns.signOut();
        return secret;
    }

    private List<String> enrolWithCodes() {
        TestSignIns.signIn(user);
        String secret = twoFactor.beginSetup().secretForTyping();
        List<String> codes = twoFactor.confirmSetup(codeNow(secret)).orElseThrow();
        TestSignIns.signOut();
        return codes;
    }

    private String codeNow(String secret) {
        return totp.codeAt(secret, totp.currentStep());
    }

    /** A request of a session whose password was right, as the login/code view sees it. */
    private void pendingRequest(Step step) {
        pendingRequest(user, step);
    }

    private void pendingRequest(KindredUser who, Step step) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.getSession(true);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        TestSignIns.pending(who, step);
    }
}
