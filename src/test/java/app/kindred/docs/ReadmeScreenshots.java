package app.kindred.docs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.demo.DemoDataSeeder;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationStatus;
import app.kindred.invitation.InvitationSummary;
import app.kindred.report.CaseSummaryOptions;
import app.kindred.report.ReportService;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.TestUsers;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Regenerates the README's screenshots in {@code docs/images/} from the demo clinic:
 * {@code ./mvnw -Pscreenshots verify}. Not a test of anything, so its name matches neither
 * Surefire's nor Failsafe's patterns and only the {@code screenshots} profile runs it; the
 * property it needs is set by that profile, so a stray {@code -Dit.test} cannot overwrite the images.
 */
@AppTest
@EnabledIfSystemProperty(named = "kindred.screenshots", matches = "true")
class ReadmeScreenshots extends BrowserTest {

    private static final Path IMAGES = Path.of("docs", "images");
    private static final String CLINICIAN = "maya.rivera";

    @Autowired
    DemoDataSeeder demo;
    @Autowired
    TestUsers users;
    @Autowired
    CoupleService couples;
    @Autowired
    InvitationService invitations;
    @Autowired
    ReportService reports;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(IMAGES);
    }

    @Test
    void dashboard_and_workspace() {
        demo.seedOnce();
        Page page = browser.newContext(1280, 800).newPage();
        loginPage(page).signInToCaseload(CLINICIAN, LoginPage.DEMO_PASSWORD);
        assertThat(page.locator("vaadin-grid").getByText("Zoë Martin & Sam Carter")).isVisible();
        shoot(page, "dashboard.png");

        page.locator("vaadin-grid").getByText("Łukasz Nowak & Ana Ruiz").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("C-0002"))).isVisible();
        assertThat(page.locator("kindred-score-chart svg")).isVisible();
        // Taller than the caseload's window, so the header with its flags and the whole chart fit.
        page.setViewportSize(1280, 960);
        shoot(page, "workspace.png");
        page.context().close();
    }

    @Test
    void questionnaire_on_a_phone() {
        demo.seedOnce();
        Page page = browser.phonePage();
        page.navigate(url(pathOf(openDemoInvitationLink())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Questions 1–4"))).isVisible();
        page.getByRole(AriaRole.RADIOGROUP).first().getByRole(AriaRole.RADIO,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Agree").setExact(true)).check();
        shoot(page, "questionnaire-phone.png");
        page.context().close();
    }

    @Test
    void first_page_of_a_case_summary() throws IOException {
        demo.seedOnce();
        byte[] pdf = users.as(CLINICIAN, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.writeCaseSummary(couples.getByReference("C-0002").id(), CaseSummaryOptions.allSessions(false), out);
            return out.toByteArray();
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
            ImageIO.write(image, "png", IMAGES.resolve("case-summary.png").toFile());
        }
    }

    /**
     * A new link for a demo partner who has not answered the latest session yet. The demo keeps
     * only the links' hashes, so the link is issued again, as "re-send" does in the app.
     */
    private String openDemoInvitationLink() {
        return users.as(CLINICIAN, () -> IntStream.rangeClosed(1, 20).mapToObj(n -> "C-%04d".formatted(n))
                .flatMap(reference -> pendingInvitations(reference).stream())
                .findFirst()
                .map(invitation -> invitations.resend(invitation.id()).link())
                .orElseThrow(() -> new IllegalStateException("No demo couple of " + CLINICIAN + " waits for answers")));
    }

    private List<InvitationSummary> pendingInvitations(String reference) {
        try {
            CoupleSummary couple = couples.getByReference(reference);
            return invitations.invitationsOfCouple(couple.id()).values().stream().flatMap(List::stream)
                    .filter(i -> i.status() == InvitationStatus.PENDING).toList();
        } catch (CoupleNotFoundException notThisCliniciansCouple) {
            return List.of();
        }
    }

    private static String pathOf(String link) {
        return link.substring(link.indexOf("/q/"));
    }

    private static void shoot(Page page, String file) {
        Browser.settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(file)));
    }
}
