package app.kindred.clinic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.security.KindredUser;
import app.kindred.security.TestSignIns;
import app.kindred.security.totp.Totp;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two-factor sign-in as a person meets it: set up on the account page, then sign in with a code
 * from the app and with a recovery code; and the set-up forced by a clinic that requires it.
 * Codes come from the app's own Totp bean, so they follow the app's clock.
 */
@AppTest
class TwoFactorSignInIT extends BrowserTest {

    static final String PASSWORD = "a long and private sentence";

    @Autowired
    ClinicianService clinicians;

    @Autowired
    ClinicService clinics;

    @Autowired
    UserDetailsService users;

    @Autowired
    Totp totp;

    Page page;
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        page = browser.desktopPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        page.context().close();
        TestSignIns.signOut();
    }

    @Test
    void a_clinician_turns_on_two_factor_then_signs_in_with_a_code_and_with_a_recovery_code() {
        String username = newAccount(clinics.findClinicByName("Test clinic").orElseThrow(), ClinicianRole.CLINICIAN);
        signInWithPassword(username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();

        page.navigate(url("/account"));
        click("Set up two-factor sign-in");
        assertThat(page.getByAltText("QR code to scan with an authenticator app")).isVisible();
        String secret = page.locator(".totp-secret").textContent();
        page.getByLabel("Code from the app").fill(totp.codeAt(secret, totp.currentStep()));
        click("Turn on two-factor sign-in");
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        List<String> recoveryCodes = page.locator(".recovery-codes li").allTextContents();
        click("I have stored them");
        assertThat(page.getByText("On. Recovery codes left: 10.")).isVisible();

        signOut();
        signInWithPassword(username);
        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("000000".equals(
                totp.codeAt(secret, totp.currentStep() + 1)) ? "111111" : "000000");
        click("Sign in");
        assertThat(page.getByText("That code is not right.")).isVisible();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(totp.codeAt(secret, totp.currentStep() + 1));
        click("Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();

        signOut();
        signInWithPassword(username);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(recoveryCodes.get(0));
        click("Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();
        assertThat(policyViolations).isEmpty();
    }

    @Test
    void in_a_clinic_that_requires_two_factor_a_member_without_it_sets_it_up_before_getting_in() {
        long clinicId = clinics.createClinic("Strict clinic " + UUID.randomUUID(), ZoneOffset.UTC);
        String admin = newAccount(clinicId, ClinicianRole.CLINIC_ADMIN);
        TestSignIns.signIn((KindredUser) users.loadUserByUsername(admin));
        clinics.setRequireTotp(true);

        signInWithPassword(admin);
        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")))
                .isVisible();
        // Nothing opens before the set-up is done.
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signInWithPassword(admin);
        String secret = page.locator(".totp-secret").textContent();
        page.getByLabel("Code from the app").fill(totp.codeAt(secret, totp.currentStep()));
        click("Turn on two-factor sign-in");
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        click("Continue to Kindred");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();

        page.navigate(url("/account"));
        assertThat(page.getByLabel("Require two-factor sign-in for everyone in Strict clinic", new Page.GetByLabelOptions()
                .setExact(false))).isChecked();
        assertThat(page.getByText("Your clinic requires two-factor sign-in, so it can not be turned off.")).isVisible();
        assertThat(policyViolations).isEmpty();
    }

    private String newAccount(long clinicId, ClinicianRole role) {
        String username = "it-tfa-" + UUID.randomUUID().toString().substring(0, 8);
        clinicians.createAccount(clinicId, username, "Dr Two Factor", PASSWORD, role, false);
        return username;
    }

    private void signInWithPassword(String username) {
        loginPage(page).submit(username, PASSWORD);
        Browser.waitForVaadin(page);
    }

    private void signOut() {
        click("Sign out");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        Browser.waitForVaadin(page);
    }

}
