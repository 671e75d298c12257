package app.kindred.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.questionnaire.CoupleScores;
import app.kindred.report.CaseSummaryData;
import app.kindred.report.ReportFixtures;
import app.kindred.report.ReportObservation;
import app.kindred.report.SessionReportData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents as drawn from in-memory records: no Spring, no database. */
class PdfReportsTest {

    static final List<String> NAMES = List.of("Zoë Martin", "Łukasz Nowak", "Søren Lund", "Ngọc Anh Tran", "Ayşe Demir");

    final PdfReports reports = new PdfReports();

    @TempDir
    Path dir;

    @Test
    void unicode_names_render_extract_as_typed_and_the_fonts_are_embedded() throws IOException {
        CoupleScores scores = ReportFixtures.couple(1, NAMES.get(0), NAMES.get(1), 4, 1);
        List<ReportObservation> observations = List.of(new ReportObservation(Instant.parse("2026-03-02T10:00:00Z"),
                NAMES.get(2), 2, "Talked with " + NAMES.get(3) + " and " + NAMES.get(4) + ".", NAMES.get(2),
                Instant.parse("2026-03-02T11:00:00Z"), List.of()));
        byte[] pdf = caseSummary(ReportFixtures.caseSummary("C-0001", scores, observations));

        String text = Pdfs.text(pdf);
        for (String name : NAMES) {
            assertThat(text).contains(name);
        }
        assertThat(Pdfs.fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void a_name_in_decomposed_form_extracts_composed_and_a_character_the_font_lacks_becomes_a_question_mark()
            throws IOException {
        String decomposed = java.text.Normalizer.normalize("Ngọc Anh Tran", java.text.Normalizer.Form.NFD);
        CoupleScores scores = ReportFixtures.couple(2, decomposed, "Kai 🙂 中文", 2, 2);
        String text = Pdfs.text(caseSummary(ReportFixtures.caseSummary("C-0002", scores, List.of())));
        assertThat(text).contains("Ngọc Anh Tran").contains("Kai ? ??");
    }

    @Test
    void every_page_says_page_x_of_y_and_confidential() throws IOException {
        CoupleScores scores = ReportFixtures.couple(3, "Zoë Martin", "Sam Carter", 20, 3);
        List<String> pages = Pdfs.pages(caseSummary(ReportFixtures.caseSummary("C-0003", scores,
                ReportFixtures.observations(8, 20, 1500))));
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size())
                    .contains("Confidential — clinical record");
        }
        assertThat(pages.get(pages.size() - 1)).contains("Signature");
    }

    @Test
    void sixty_sessions_and_a_ten_thousand_character_observation_flow_over_pages_inside_the_margins()
            throws IOException {
        CoupleScores scores = ReportFixtures.couple(4, "Zoë Martin", "Sam Carter", 60, 4);
        String longText = ReportFixtures.text(99, 10_000);
        ReportObservation observation = new ReportObservation(Instant.parse("2026-03-02T10:00:00Z"), "Dr Maya Rivera",
                3, longText, null, null, List.of());
        byte[] pdf = caseSummary(ReportFixtures.caseSummary("C-0004", scores, List.of(observation)));

        List<String> pages = Pdfs.pages(pdf);
        // Checked by eye once: sessions 1–32 on page 1 and 33–60 on 2, where the chart no longer fits; chart,
        // baseline table and flags on 3; the flags end and the observation begins on 4, ends on 5; the
        // signature block, kept whole, on 6.
        assertThat(pages).hasSize(6);
        assertThat(Pdfs.textOutside(pdf, PageFlow.MARGIN)).isEmpty();
        // The sessions table crosses a page: its header is there again.
        assertThat(pages.get(0)).contains("Closeness").contains("32 ");
        assertThat(pages.get(1)).contains("Closeness").contains("60 ");
        assertThat(Pdfs.bodyText(pages).replaceAll("\\s+", " ")).contains(longText.replaceAll("\\s+", " ").strip());
    }

    @Test
    void an_unbroken_word_longer_than_a_line_and_long_names_stay_inside_the_margins() throws IOException {
        String longName = "Alexandrina-Konstantinopoulou ".repeat(6).strip();
        CoupleScores scores = ReportFixtures.couple(5, longName, longName + " Jr", 3, 5);
        ReportObservation link = new ReportObservation(Instant.parse("2026-03-02T10:00:00Z"), longName, 1,
                "https://example.org/" + "x".repeat(600), null, null, List.of());
        byte[] pdf = caseSummary(ReportFixtures.caseSummary("C-0005", scores, List.of(link)));
        assertThat(Pdfs.textOutside(pdf, PageFlow.MARGIN)).isEmpty();
        assertThat(Pdfs.bodyText(Pdfs.pages(pdf)).replaceAll("\\s+", "")).contains("x".repeat(600));
    }

    @Test
    void a_couple_without_sessions_gives_a_one_page_summary_that_says_so() throws IOException {
        byte[] pdf = caseSummary(ReportFixtures.caseSummary("C-0006", ReportFixtures.empty(6, "Noa Cohen", "Yael Levi"),
                List.of()));
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("C-0006", "No sessions in this period.", "No answers in this period yet",
                "No flags.", "No observations for this period.", "Page 1 of 1");
    }

    @Test
    void the_case_summary_is_valid_pdf_a_1b() throws IOException {
        CoupleScores scores = ReportFixtures.couple(7, "Zoë Martin", "Łukasz Nowak", 12, 7);
        assertValidPdfA(caseSummary(ReportFixtures.caseSummary("C-0007", scores, ReportFixtures.observations(6, 12, 900))));
    }

    @Test
    void the_session_report_is_valid_pdf_a_1b_too() throws IOException {
        CoupleScores scores = ReportFixtures.couple(8, "Zoë Martin", "Łukasz Nowak", 6, 8);
        SessionReportData data = new SessionReportData(ReportFixtures.header("C-0008", scores, false), scores,
                scores.sessions().get(5), ReportFixtures.observations(2, 6, 300));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.sessionReport(data, out);
        assertValidPdfA(out.toByteArray());
    }

    private byte[] caseSummary(CaseSummaryData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.caseSummary(data, out);
        return out.toByteArray();
    }

    private void assertValidPdfA(byte[] pdf) throws IOException {
        Path file = Files.write(dir.resolve("document.pdf"), pdf);
        ValidationResult result = PreflightParser.validate(file.toFile());
        assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }
}
