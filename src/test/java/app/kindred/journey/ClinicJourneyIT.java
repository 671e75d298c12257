package app.kindred.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.ResponseService;
import app.kindred.report.pdf.Pdfs;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.TestMailServer;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7: one couple's life in the clinic, driven only through the browser. The admin adds a
 * clinician, who replaces the temporary password, takes on a couple and invites both partners to
 * two sessions; the partners answer on phones from the links in their mail; the dashboard, the
 * workspace and the pseudonymised case summary show the scores worked out by hand below; a second
 * clinician is refused the couple and the admin finds that attempt in the audit log.
 *
 * <p>Every step leaves a full-page screenshot in {@code target/journey/}, and a failing step leaves
 * one of every open page, so a red build can be read without running it again.
 */
@AppTest
class ClinicJourneyIT extends BrowserTest {

    // ---- The answers, and the scores worked out by hand from them (DESIGN.md, "Scoring") ----
    //
    // eic-22 lists its 22 items as 11 condition pairs: the first item of each pair is keyed
    // normally, the second is reverse-keyed (value' = 8 − value). So a pair (x, y) sums, after
    // reversal, to s = x + 8 − y, and the condition score is (s/2 − 1) × 100/6 = (s − 2) × 100/12.
    // s = 6 → 33.33, 7 → 41.67, 8 → 50, 9 → 58.33, 10 → 66.67, 11 → 75, 12 → 83.33.
    // SE of a difference = √2 × SD × √(1 − r) = √2 × 15 × √0.15 = 8.2158; RCI = Δ / 8.2158.

    /** The item order the arithmetic assumes; checked against the instrument before anyone answers. */
    static final List<String> ITEM_CODES = List.of("KINDNESS_1", "KINDNESS_2", "RESPECT_1", "RESPECT_2",
            "ATTENTIVENESS_1", "ATTENTIVENESS_2", "RESPONSIVENESS_1", "RESPONSIVENESS_2", "EMPATHY_1", "EMPATHY_2",
            "PATIENCE_1", "PATIENCE_2", "SELF_ACCEPTANCE_1", "SELF_ACCEPTANCE_2", "WORTHINESS_1", "WORTHINESS_2",
            "CLARITY_1", "CLARITY_2", "VULNERABILITY_1", "VULNERABILITY_2", "TRUST_1", "TRUST_2");

    /**
     * Session 1, partner A: every item 4. Reversed 4 stays 4, so every pair sums to 8 → every
     * condition 50 → PARTNER 50, SELF 50, index 50.
     */
    static final int[] A1 = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    static final int A1_CLOSENESS = 7;

    /**
     * Session 1, partner B, pair by pair (x, y → s → score):
     * PARTNER: kindness 5,2 → 11 → 75; respect 6,3 → 11 → 75; attentiveness 4,3 → 9 → 58.33;
     * responsiveness 5,4 → 9 → 58.33; empathy 3,4 → 7 → 41.67; patience 5,3 → 10 → 66.67;
     * mean = (75 + 75 + 58.33 + 58.33 + 41.67 + 66.67) / 6 = 375 / 6 = 62.5.
     * SELF: self-acceptance 4,5 → 7 → 41.67; worthiness 5,2 → 11 → 75; clarity 3,4 → 7 → 41.67;
     * vulnerability 2,4 → 6 → 33.33; trust 5,3 → 10 → 66.67; mean = 258.33 / 5 = 51.67.
     * Index = (62.5 + 51.67) / 2 = 57.08 → shown 57.
     */
    static final int[] B1 = {5, 2, 6, 3, 4, 3, 5, 4, 3, 4, 5, 3, 4, 5, 5, 2, 3, 4, 2, 4, 5, 3};
    static final int B1_CLOSENESS = 3;
    /** B's session-1 condition scores above, rounded half-up, in the order the heatmap shows them. */
    static final String[] B1_CONDITIONS = {"75", "75", "58", "58", "42", "67", "42", "75", "42", "33", "67"};

    /** Session 2, partner A: normal items 6, reverse-keyed 2 → every pair 12 → every score 83.33 → 83. */
    static final int[] A2 = {6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2, 6, 2};
    static final int A2_CLOSENESS = 9;

    /**
     * Session 2, partner B: pairs (3,5), (2,4), (4,6) in turn, each summing to 6 → every condition
     * 33.33 → PARTNER, SELF and index 33.33 → 33.
     */
    static final int[] B2 = {3, 5, 2, 4, 4, 6, 3, 5, 2, 4, 4, 6, 3, 5, 2, 4, 4, 6, 3, 5, 2, 4};
    static final int B2_CLOSENESS = 2;

    // Session 1: A 50, B 57.08; couple index (50 + 57.08) / 2 = 53.54 → 54.
    // Flags: none. Index gap 7.08 < 20; the widest condition gap is 25 (75 vs 50) < 30; no PARTNER
    // ≥ 65 (B's is 62.5); the lowest condition is B's vulnerability 33.33, which shows as 33 but is
    // not ≤ 33 (docs/decisions/0001).
    static final String INDEX_A1 = "50";
    static final String INDEX_B1 = "57";
    static final String COUPLE_INDEX_1 = "54";

    // Session 2: A 83.33, B 33.33; couple index (83.33 + 33.33) / 2 = 58.33 → 58.
    // A: Δ = 83.33 − 50 = +33.33 → "+33", RCI = 33.33 / 8.2158 = 4.057 → "4.06", reliably improved.
    // B: Δ = 33.33 − 57.08 = −23.75 → "−24" (half-up away from zero), RCI = −23.75 / 8.2158
    //    = −2.891 → "−2.89" ≤ −1.96: reliable deterioration, flagged (previous = baseline here).
    // Partner gap: index 83.33 vs 33.33 (50 ≥ 20) and each of the 11 conditions 83.33 vs 33.33
    // (50 ≥ 30) → 12 findings. Openness barrier: none (A's SELF 83 > 45; B's PARTNER 33 < 65).
    // Low condition: none (33.33 > 33).
    static final String INDEX_A2 = "83";
    static final String INDEX_B2 = "33";
    static final String COUPLE_INDEX_2 = "58";
    static final String CHANGE_A = "+33, RCI 4.06 (Reliably improved)";
    static final String CHANGE_B = "−24, RCI −2.89 (Reliably deteriorated)";
    static final String RCI_B = "−2.89";
    static final int PARTNER_GAP_FINDINGS = 12;

    static final String[] AGREEMENT = {null, "Strongly disagree", "Disagree", "Somewhat disagree",
            "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"};
    static final int ITEMS_PER_PAGE = 4;
    static final Path SHOTS = Path.of("target", "journey");

    /** Only for the question texts the partners read; every score below is checked by hand. */
    @Autowired
    ResponseService responses;

    // Unique per run: the test database is shared by every test of the JVM.
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String clinicianUsername = "journey-" + run;
    final String clinicianName = "Dr Robin Hale";
    final String clinicianPassword = "a quiet walk along the river";
    final String secondUsername = "journey-other-" + run;
    final String nameA = "Alex Marlow " + run;
    final String nameB = "Sam Okonjo " + run;
    final String emailA = "alex-" + run + "@journey.test";
    final String emailB = "sam-" + run + "@journey.test";
    final String observationText = "Both partners named one thing they want to feel again: being listened to.";

    final List<Page> pages = new ArrayList<>();
    Page admin;
    Page clinician;
    String temporaryPassword;
    String reference;
    long coupleId;
    /** The step running now, for pictures taken in the middle of one. */
    String step;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        // Pictures of an earlier run would pass for this run's when a step fails early.
        try (var old = Files.list(SHOTS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void a_couple_goes_from_invitation_to_scores_to_a_signed_pseudonymised_summary_and_stays_private() {
        step("01-admin-creates-clinician", this::adminCreatesClinician);
        step("02-clinician-must-replace-temporary-password", this::clinicianMustReplaceTemporaryPassword);
        step("03-clinician-signs-in-with-own-password", this::clinicianSignsInWithOwnPassword);
        step("04-clinician-adds-couple", this::clinicianAddsCouple);
        step("05-session-1-both-invited", () -> addSessionAndInviteBoth(1, "Intake"));
        step("06-session-1-partner-a-answers", () -> partnerAnswers(emailA, 1, A1, A1_CLOSENESS));
        step("07-session-1-partner-b-answers", () -> partnerAnswers(emailB, 1, B1, B1_CLOSENESS));
        step("08-session-1-dashboard", this::dashboardShowsSession1);
        step("09-session-1-workspace", this::workspaceShowsSession1);
        step("10-session-2-both-invited", () -> {
            openWorkspace(clinician);
            return addSessionAndInviteBoth(2, "Regular");
        });
        step("11-session-2-partner-a-answers", () -> partnerAnswers(emailA, 2, A2, A2_CLOSENESS));
        step("12-session-2-partner-b-answers", () -> partnerAnswers(emailB, 2, B2, B2_CLOSENESS));
        step("13-session-2-dashboard", this::dashboardShowsSession2);
        step("14-session-2-workspace", this::workspaceShowsSession2);
        step("15-observation-signed", this::clinicianWritesAndSignsObservation);
        step("16-pseudonymised-case-summary", this::clinicianExportsPseudonymisedCaseSummary);
        step("17-other-clinician-refused", this::otherClinicianIsRefused);
        step("18-admin-sees-refusal-in-audit-log", this::adminSeesRefusalInAuditLog);
    }

    @AfterEach
    void closePages() {
        pages.forEach(page -> page.context().close());
    }

    // ---- Steps: each returns the page its screenshot shows ----

    Page adminCreatesClinician() {
        admin = newDesktopPage();
        new LoginPage(admin, port).signInToCaseload("admin", LoginPage.ADMIN_PASSWORD);
        temporaryPassword = addClinicianOnAdminScreen(clinicianUsername, clinicianName);
        return admin;
    }

    Page clinicianMustReplaceTemporaryPassword() {
        clinician = newDesktopPage();
        mustReplaceTemporaryPassword(clinician, clinicianUsername, temporaryPassword);
        return clinician;
    }

    Page clinicianSignsInWithOwnPassword() {
        replaceTemporaryPasswordAndSignIn(clinician, clinicianUsername, temporaryPassword, clinicianPassword);
        assertThat(kpi("Active couples")).hasText("0");
        return clinician;
    }

    Page clinicianAddsCouple() {
        button(clinician, "Add couple").click();
        assertThat(heading(clinician, "New couple")).isVisible();
        Browser.waitForVaadin(clinician);
        reference = clinician.getByLabel("Reference", new Page.GetByLabelOptions().setExact(true)).inputValue();
        assertThat(reference).matches("C-\\d{4,}");
        Locator names = clinician.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        Locator emails = clinician.getByLabel("Email (optional)", new Page.GetByLabelOptions().setExact(true));
        names.nth(0).fill(nameA);
        emails.nth(0).fill(emailA);
        names.nth(1).fill(nameB);
        emails.nth(1).fill(emailB);
        button(clinician, "Save").click();
        assertThat(heading(clinician, reference)).isVisible();
        Browser.waitForVaadin(clinician);
        Matcher id = Pattern.compile("/couples/(\\d+)$").matcher(clinician.url());
        assertThat(id.find()).as("workspace address %s", clinician.url()).isTrue();
        coupleId = Long.parseLong(id.group(1));
        assertThat(clinician.getByText(nameA + " & " + nameB)).isVisible();
        return clinician;
    }

    Page addSessionAndInviteBoth(int number, String kind) {
        button(clinician, "Add session").click();
        Locator dialog = clinician.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add session"));
        assertThat(dialog.getByLabel("Number")).hasValue(String.valueOf(number));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(heading(clinician, "Session " + number + " · " + kind)).isVisible();
        Browser.waitForVaadin(clinician);
        button(clinician, "Invite both").click();
        Browser.waitForVaadin(clinician);
        assertThat(clinician.getByText("Pending", new Page.GetByTextOptions().setExact(true))).hasCount(2);
        assertThat(clinician.getByText("This partner has no email address")).hasCount(0);
        return clinician;
    }

    /** The partner opens the link of their {@code session}-th mail on a phone and answers. */
    Page partnerAnswers(String email, int session, int[] answers, int closeness) {
        Page phone = browser.phonePage();
        pages.add(phone);
        Instrument instrument = responses.currentInstrument();
        assertThat(instrument.items().stream().map(Item::code).toList())
                .as("the item order the hand-computed scores assume").isEqualTo(ITEM_CODES);
        phone.navigate(linkFromMail(email, session));
        assertThat(heading(phone, "Welcome")).isVisible();
        press(phone, "Start");
        for (int i = 0; i < answers.length; i++) {
            if (i > 0 && i % ITEMS_PER_PAGE == 0) {
                press(phone, "Next");
            }
            choose(phone, (i + 1) + ". " + instrument.items().get(i).text(), AGREEMENT[answers[i]]);
        }
        press(phone, "Next");
        assertThat(heading(phone, "One last question")).isVisible();
        choose(phone, instrument.closeness().text(), String.valueOf(closeness));
        press(phone, "Next");
        assertThat(heading(phone, "Check your answers")).isVisible();
        assertThat(phone.getByText("Not answered yet")).hasCount(0);
        screenshot(phone, step + "-review");
        press(phone, "Send my answers");
        assertThat(heading(phone, "Thank you")).isVisible();
        return phone;
    }

    Page dashboardShowsSession1() {
        List<String> row = caseloadRow();
        assertThat(row.subList(1, 4)).as("partners, index A, index B").containsExactly(
                nameA + " & " + nameB, INDEX_A1, INDEX_B1);
        assertThat(kpi("Couples flagged")).hasText("0");
        assertThat(flagIcons()).hasCount(0);
        return clinician;
    }

    Page workspaceShowsSession1() {
        openWorkspace(clinician);
        assertThat(clinician.getByText("No flags.", new Page.GetByTextOptions().setExact(true))).isVisible();
        // The chart shows the two index lines by default (the halves are off in its legend):
        // one point per partner and answered session.
        assertThat(clinician.locator("kindred-score-chart")).hasAttribute("data-points", "2");
        assertThat(clinician.getByText("Couple index: " + COUPLE_INDEX_1, new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(heatmapRow(nameA + " latest")).hasText(repeat(INDEX_A1));
        assertThat(heatmapRow(nameB + " latest")).hasText(B1_CONDITIONS);
        assertThat(indexChange("A")).hasText(nameA + ": " + INDEX_A1
                + " in session 1, the first assessment; change shows from the second one.");
        return clinician;
    }

    Page dashboardShowsSession2() {
        List<String> row = caseloadRow();
        assertThat(row.subList(1, 4)).as("partners, index A, index B").containsExactly(
                nameA + " & " + nameB, INDEX_A2, INDEX_B2);
        Locator grid = clinician.locator("vaadin-grid");
        assertThat(grid.locator("vaadin-icon[aria-label='up from " + INDEX_A1 + "']")).hasCount(1);
        assertThat(grid.locator("vaadin-icon[aria-label='down from " + INDEX_B1 + "']")).hasCount(1);
        assertThat(kpi("Couples flagged")).hasText("1");
        // One icon per kind of flag, carrying every reason of that kind.
        assertThat(flagIcons()).hasCount(2);
        assertThat(flagIcons().nth(0)).hasAttribute("aria-label", deteriorationReason(nameB));
        String gaps = flagIcons().nth(1).getAttribute("aria-label");
        assertThat(gaps.split("\n")).hasSize(PARTNER_GAP_FINDINGS)
                .contains("Partner gap: " + nameA + " " + INDEX_A2 + " vs " + nameB + " " + INDEX_B2 + " on the index");
        return clinician;
    }

    Page workspaceShowsSession2() {
        openWorkspace(clinician);
        // Both partners answered both sessions: two points on each partner's index line.
        assertThat(clinician.locator("kindred-score-chart")).hasAttribute("data-points", "4");
        // Each partner's change since the baseline with its RCI, and the deterioration among the flags.
        assertThat(indexChange("A")).hasText(nameA + ": " + INDEX_A2 + " in session 2; since session 1 ("
                + INDEX_A1 + "): " + CHANGE_A + ".");
        assertThat(indexChange("B")).hasText(nameB + ": " + INDEX_B2 + " in session 2; since session 1 ("
                + INDEX_B1 + "): " + CHANGE_B + ".");
        assertThat(clinician.getByText(deteriorationReason(nameB), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(clinician.getByText("Partner gap — " + PARTNER_GAP_FINDINGS + " findings")).isVisible();
        assertThat(clinician.getByText("Openness barrier")).hasCount(0);
        assertThat(clinician.getByText("Low condition")).hasCount(0);
        assertThat(clinician.getByText("Couple index: " + COUPLE_INDEX_2, new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(heatmapRow(nameA + " latest")).hasText(repeat(INDEX_A2));
        assertThat(heatmapRow(nameA + " baseline")).hasText(repeat(INDEX_A1));
        assertThat(heatmapRow(nameB + " latest")).hasText(repeat(INDEX_B2));
        assertThat(heatmapRow(nameB + " baseline")).hasText(B1_CONDITIONS);
        return clinician;
    }

    Page clinicianWritesAndSignsObservation() {
        button(clinician, "Write observation").click();
        clinician.getByLabel("Observation", new Page.GetByLabelOptions().setExact(true)).fill(observationText);
        button(clinician, "Save").click();
        Browser.waitForVaadin(clinician);
        Locator card = clinician.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions()
                .setHasText(observationText)).first();
        assertThat(card).isVisible();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        clinician.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sign")).click();
        assertThat(card.getByText("Signed by " + clinicianName + " on")).isVisible();
        return clinician;
    }

    Page clinicianExportsPseudonymisedCaseSummary() {
        Locator link = clinician.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download case summary (PDF)"));
        String named = link.getAttribute("href");
        clinician.getByLabel("Pseudonymise (Partner A and Partner B, no contact details)").check();
        // The server gives the link a new address when the box changes; the old one still names the partners.
        assertThat(link).not().hasAttribute("href", named);
        Download download = clinician.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).startsWith(reference + "_case-summary_");
        Path pdf = SHOTS.resolve("16-case-summary.pdf");
        download.saveAs(pdf);
        String text;
        try {
            text = Pdfs.bodyText(Pdfs.pages(Files.readAllBytes(pdf))).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text).contains("Case summary — " + reference, "Partner A", "Partner B",
                "Partner A: index change since baseline " + CHANGE_A,
                "Partner B: index change since baseline " + CHANGE_B,
                "Couple " + reference + " · Partner A & Partner B",
                deteriorationReason("Partner B"),
                observationText, "Signed by " + clinicianName + " on");
        assertThat(text.split("• Partner gap: Partner A " + INDEX_A2 + " vs Partner B " + INDEX_B2 + " on ", -1))
                .as("one bullet per partner-gap finding").hasSize(PARTNER_GAP_FINDINGS + 1);
        assertThat(text).doesNotContain("Openness barrier", "Low condition");
        // Sessions table rows: number, date, kind, then per partner index, PARTNER, SELF, closeness,
        // then the couple index. B's session-1 PARTNER is exactly 62.5 by hand → 63; SELF 51.67 → 52.
        assertThat(text).containsPattern("1 \\d{1,2} \\w{3} \\d{4} Intake 50 50 50 " + A1_CLOSENESS
                + " 57 63 52 " + B1_CLOSENESS + " " + COUPLE_INDEX_1);
        assertThat(text).containsPattern("2 \\d{1,2} \\w{3} \\d{4} Regular 83 83 83 " + A2_CLOSENESS
                + " 33 33 33 " + B2_CLOSENESS + " " + COUPLE_INDEX_2);
        // Latest against baseline: A 50 → 83 (+33), B 57 → 33 (−24).
        assertThat(text).contains("Intimacy index 50 83 +33 57 33 −24");
        for (String secret : List.of(nameA, nameB, "Alex", "Marlow", "Sam", "Okonjo", emailA, emailB, "journey.test")) {
            assertThat(text).as("pseudonymised summary").doesNotContain(secret);
        }
        return clinician;
    }

    Page otherClinicianIsRefused() {
        String temporary = addClinicianOnAdminScreen(secondUsername, "Dr Kit Arden");
        Page other = newDesktopPage();
        mustReplaceTemporaryPassword(other, secondUsername, temporary);
        replaceTemporaryPasswordAndSignIn(other, secondUsername, temporary, "a different walk by the sea");
        other.navigate(url("/couples/" + coupleId));
        assertThat(heading(other, "This page was not found")).isVisible();
        assertThat(other.content()).doesNotContain(nameA).doesNotContain(nameB).doesNotContain(reference);
        return other;
    }

    Page adminSeesRefusalInAuditLog() {
        admin.navigate(url("/admin/audit"));
        assertThat(heading(admin, "Audit log")).isVisible();
        Browser.waitForVaadin(admin);
        admin.getByLabel("Actor", new Page.GetByLabelOptions().setExact(true)).fill(secondUsername);
        // Vaadin's grid keeps the cells of rows it no longer shows, hidden: only visible ones count.
        Locator cells = admin.locator("vaadin-grid vaadin-grid-cell-content:visible");
        // The filter applies after a typing pause: once it has, the first clinician's events are gone.
        assertThat(cell(cells, clinicianUsername)).hasCount(0);
        Browser.waitForVaadin(admin);
        // One attempt, one record: who, what, which couple and why.
        assertThat(cell(cells, "COUPLE_ACCESS_REFUSED")).hasCount(1);
        assertThat(cell(cells, "COUPLE " + coupleId)).hasCount(1);
        assertThat(cell(cells, "not in the caller's caseload")).hasCount(1);
        return admin;
    }

    // ---- Helpers ----

    /** On the admin's clinicians screen: adds an account and returns the temporary password it was given. */
    private String addClinicianOnAdminScreen(String username, String displayName) {
        admin.navigate(url("/admin/clinicians"));
        assertThat(heading(admin, "Clinicians")).isVisible();
        Browser.waitForVaadin(admin);
        button(admin, "Add clinician").click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add clinician"));
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(displayName);
        dialog.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true)).fill(username);
        String temporary = dialog.getByLabel("Temporary password", new Locator.GetByLabelOptions().setExact(true))
                .inputValue();
        assertThat(temporary).isNotBlank();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(dialog).hasCount(0);
        assertThat(admin.locator("vaadin-grid").getByText(username, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        return temporary;
    }

    /** First sign-in with a temporary password: nothing opens until it is replaced. */
    private void mustReplaceTemporaryPassword(Page page, String username, String temporary) {
        loginPage(page).submit(username, temporary);
        assertThat(heading(page, "Change your password")).isVisible();
        assertThat(page.getByText("Your password was set by someone else.")).isVisible();
        page.navigate(url("/"));
        assertThat(heading(page, "Change your password")).isVisible();
        assertThat(heading(page, "Caseload")).hasCount(0);
        Browser.waitForVaadin(page);
    }

    /** On the change-password page: the new password ends the session, and signing in with it works. */
    private void replaceTemporaryPasswordAndSignIn(Page page, String username, String temporary, String chosen) {
        page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true)).fill(temporary);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("New password again", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        button(page, "Change password").click();
        assertThat(page.getByText("Your password was changed. Sign in with the new one.")).isVisible();
        loginPage(page).signInToCaseload(username, chosen);
    }

    /** The cells of the clinician's only couple on the caseload: reference, partners, index A, index B, … */
    private List<String> caseloadRow() {
        clinician.navigate(url("/"));
        assertThat(heading(clinician, "Caseload")).isVisible();
        Locator grid = clinician.locator("vaadin-grid");
        assertThat(grid.getByText(nameA + " & " + nameB)).isVisible();
        Browser.waitForVaadin(clinician);
        List<String> cells = grid.locator("vaadin-grid-cell-content").allInnerTexts().stream()
                .map(String::strip).toList();
        int at = cells.indexOf(reference);
        assertThat(at).as("the couple's row in %s", cells).isNotNegative();
        return cells.subList(at, at + 4);
    }

    /** The cells whose whole text is {@code text}. */
    private static Locator cell(Locator cells, String text) {
        // The pattern runs as a JavaScript RegExp, which knows no \Q…\E: escape by hand.
        String literal = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + literal + "$")));
    }

    /** The eleven condition cells of one heatmap row ("Name latest" or "Name baseline"), in order. */
    private Locator heatmapRow(String row) {
        return clinician.locator("[role=cell][title^='" + row + ", ']");
    }

    /** The same score for all eleven conditions, as a uniform answer pattern gives. */
    private static String[] repeat(String score) {
        String[] all = new String[11];
        Arrays.fill(all, score);
        return all;
    }

    private Locator kpi(String caption) {
        return clinician.locator(".kpi").filter(new Locator.FilterOptions().setHasText(caption))
                .locator("span").first();
    }

    private Locator flagIcons() {
        return clinician.locator("vaadin-grid vaadin-icon[icon='vaadin:flag']");
    }

    private static String deteriorationReason(String partner) {
        return "Reliable deterioration: " + partner + "'s index fell from " + INDEX_B1 + " to " + INDEX_B2 + " (RCI "
                + RCI_B + ")";
    }

    private Locator indexChange(String partner) {
        return clinician.locator(".index-change li[data-partner='" + partner + "']");
    }

    private void openWorkspace(Page page) {
        page.navigate(url("/couples/" + coupleId));
        assertThat(heading(page, reference)).isVisible();
        Browser.waitForVaadin(page);
    }

    /** The partner's link from their {@code nth} invitation mail, pointed at this test's server. */
    private String linkFromMail(String email, int nth) {
        var mails = TestMailServer.awaitMessagesTo(email, nth);
        assertThat(mails).as("invitation mails to %s", email).hasSize(nth);
        String plain = TestMailServer.part(mails.get(nth - 1), "text/plain");
        Matcher link = Pattern.compile("http://\\S+/q/[A-Za-z0-9_-]{43}").matcher(plain);
        assertThat(link.find()).as("a questionnaire link in %s", plain).isTrue();
        return link.group().replaceFirst("^http://[^/]+", "http://localhost:" + port);
    }

    private static void choose(Page page, String question, String choice) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(question))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(choice).setExact(true)).check();
        Browser.waitForVaadin(page);
    }

    private static void press(Page page, String name) {
        button(page, name).click();
        Browser.waitForVaadin(page);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Page newDesktopPage() {
        Page page = browser.desktopPage();
        pages.add(page);
        return page;
    }

    /**
     * Runs one step and saves a full-page screenshot of the page it returns; if the step fails,
     * every page still open is saved instead, then the failure goes on unchanged.
     */
    private void step(String name, Supplier<Page> body) {
        step = name;
        Page shown;
        try {
            shown = body.get();
        } catch (RuntimeException | Error failure) {
            for (int i = 0; i < pages.size(); i++) {
                screenshot(pages.get(i), name + "-FAILED-page" + (i + 1));
            }
            throw failure;
        }
        screenshot(shown, name);
    }

    /**
     * Vaadin's app layout scrolls inside its content area, not the document, so a full-page
     * screenshot alone stops at the window's edge: the window is stretched to the tallest scrolled
     * content for the picture, then put back.
     */
    private static void screenshot(Page page, String name) {
        if (page.isClosed()) {
            return;
        }
        var window = page.viewportSize();
        try {
            int tallest = ((Number) page.evaluate(TALLEST_CONTENT)).intValue();
            if (tallest > window.height) {
                page.setViewportSize(window.width, Math.min(tallest, 12_000));
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        } catch (RuntimeException unavailable) {
            // A crashed page cannot be pictured; the failure it belongs to is what matters.
        } finally {
            if (!page.isClosed()) {
                page.setViewportSize(window.width, window.height);
            }
        }
    }

    /** The window height at which no scrolled element (shadow roots included) would need to scroll. */
    private static final String TALLEST_CONTENT = """
            () => {
              let tallest = document.documentElement.scrollHeight;
              const walk = root => root.querySelectorAll('*').forEach(e => {
                const overflow = getComputedStyle(e).overflowY;
                if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
                  tallest = Math.max(tallest, e.scrollHeight + window.innerHeight - e.clientHeight);
                }
                if (e.shadowRoot) {
                  walk(e.shadowRoot);
                }
              });
              walk(document);
              return Math.ceil(tallest);
            }""";
}
