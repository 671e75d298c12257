package app.kindred.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.audit.AuditService;
import app.kindred.security.HttpSignIn;
import app.kindred.security.KindredUser;
import app.kindred.security.TestSignIns;
import app.kindred.security.totp.Totp;
import app.kindred.support.AppTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A clinician who lost the phone, or who locked the account with wrong passwords, gets back in
 * through an admin of the same clinic: two-factor reset and early unlock, both audited.
 */
@AppTest
class AccountRecoveryTest {

    static final String PASSWORD = "a long and private sentence";

    @Autowired
    ClinicianService clinicians;
    @Autowired
    ClinicService clinics;
    @Autowired
    ClinicianAdminService admin;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    UserDetailsService users;
    @Autowired
    Totp totp;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    HttpSignIn http;
    long clinicId;
    String tag;
    KindredUser clinician;
    KindredUser clinicAdmin;

    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = new HttpSignIn(rest);
    }

    @BeforeEach
    void accounts() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        clinicId = clinics.createClinic("Recovery clinic " + tag, ZoneOffset.UTC);
        clinician = account("rec-" + tag, ClinicianRole.CLINICIAN);
        clinicAdmin = account("rec-admin-" + tag, ClinicianRole.CLINIC_ADMIN);
    }

    @AfterEach
    void signOut() {
        TestSignIns.signOut();
    }

    @Test
    void an_admin_resets_a_lost_second_factor_and_the_password_alone_signs_in_again() {
        enrol(clinician);
        assertThat(http.postLogin(clinician.getUsername(), PASSWORD).getHeaders().getLocation()).hasPath("/login/code");

        TestSignIns.signIn(clinicAdmin);
        ClinicianService.ClinicianSummary after = admin.resetTwoFactor(clinician.clinicianId());

        assertThat(after.twoFactorOn()).isFalse();
        assertThat(jdbc.queryForObject("select totp_secret from clinician where id = ?", String.class,
                clinician.clinicianId())).isNull();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where clinician_id = ?", Integer.class,
                clinician.clinicianId())).isZero();
        assertThat(audit.eventsWithAction("TWO_FACTOR_RESET")).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(clinicAdmin.getUsername());
            assertThat(e.getSubjectId()).isEqualTo(clinician.clinicianId());
        });
        assertThat(http.postLogin(clinician.getUsername(), PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/");
    }

    @Test
    void two_factor_reset_is_refused_for_the_admins_own_account_for_an_account_without_it_and_for_non_admins() {
        enrol(clinicAdmin);
        TestSignIns.signIn(clinicAdmin);
        assertThatThrownBy(() -> admin.resetTwoFactor(clinicAdmin.clinicianId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("your account page");
        assertThatThrownBy(() -> admin.resetTwoFactor(clinician.clinicianId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no two-factor sign-in to reset");

        TestSignIns.signIn(clinician);
        assertThatThrownBy(() -> admin.resetTwoFactor(clinicAdmin.clinicianId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_of_another_clinic_can_neither_reset_nor_unlock() {
        enrol(clinician);
        TestSignIns.signIn((KindredUser) users.loadUserByUsername("admin"));
        assertThatThrownBy(() -> admin.resetTwoFactor(clinician.clinicianId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("This clinician was not found.");
        assertThatThrownBy(() -> admin.unlock(clinician.clinicianId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("This clinician was not found.");
        assertThat(jdbc.queryForObject("select totp_enabled from clinician where id = ?", Boolean.class,
                clinician.clinicianId())).isTrue();
    }

    @Test
    void an_admin_ends_a_sign_in_lock_early() {
        for (int i = 1; i <= 5; i++) {
            http.postLogin(clinician.getUsername(), "wrong password " + i);
        }
        assertThat(http.postLogin(clinician.getUsername(), PASSWORD).getHeaders().getLocation()).hasQuery("error");

        TestSignIns.signIn(clinicAdmin);
        assertThat(clinicians.clinicianList()).filteredOn(c -> c.id() == clinician.clinicianId()).singleElement()
                .satisfies(c -> assertThat(c.lockedAt(Instant.now())).isTrue());
        assertThat(admin.unlock(clinician.clinicianId()).lockedAt(Instant.now())).isFalse();

        assertThat(audit.eventsWithAction("ACCOUNT_UNLOCKED")).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(clinicAdmin.getUsername());
            assertThat(e.getSubjectId()).isEqualTo(clinician.clinicianId());
        });
        assertThat(http.postLogin(clinician.getUsername(), PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/");
    }

    private KindredUser account(String username, ClinicianRole role) {
        clinicians.createAccount(clinicId, username, "Recovery " + username, PASSWORD, role, false);
        return (KindredUser) users.loadUserByUsername(username);
    }

    private void enrol(KindredUser who) {
        TestSignIns.signIn(who);
        String secret = twoFactor.beginSetup().secretForTyping();
        twoFactor.confirmSetup(totp.codeAt(secret, totp.currentStep())).orElseThrow();
        TestSignIns.signOut();
    }
}
