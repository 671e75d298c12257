package app.kindred.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.demo.DemoDataSeeder;
import app.kindred.report.pdf.Pdfs;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A clinician downloads exports from the app as a browser does. */
@AppTest
class ExportIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_case_summary_button_of_a_couple_downloads_a_pdf_with_the_couples_reference() throws Exception {
        Page page = signedIn();
        page.locator("vaadin-grid").getByText("Zoë Martin & Sam Carter").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("C-0001"))).isVisible();
        Browser.waitForVaadin(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download case summary (PDF)")).click());

        assertThat(download.suggestedFilename()).matches("C-0001_case-summary_\\d{4}-\\d{2}-\\d{2}\\.pdf");
        String text = Pdfs.text(Files.readAllBytes(download.path()));
        assertThat(text).contains("Case summary — C-0001", "Zoë Martin");
        page.context().close();
    }

    @Test
    void the_clinic_report_runs_with_a_progress_bar_and_offers_the_zip_when_done() throws Exception {
        Page page = signedIn();
        page.navigate(url("/reports/clinic"));
        Browser.waitForVaadin(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create report")).click();

        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Download clinic-report_")));
        assertThat(link).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("^Done: \\d+ of \\d+ couples"))).isVisible();
        Download download = page.waitForDownload(link::click);

        Map<String, byte[]> entries = ClinicReportWriterTest.unzip(Files.readAllBytes(download.path()));
        assertThat(entries).containsKey("00_overview.pdf").containsKey("C-0001_case-summary.pdf");
        assertThat(Pdfs.text(entries.get("00_overview.pdf"))).contains("Clinic report", "C-0001");
        page.context().close();
    }

    private Page signedIn() {
        context.getBean(DemoDataSeeder.class).seedOnce();
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload("maya.rivera", LoginPage.DEMO_PASSWORD);
        return page;
    }
}
