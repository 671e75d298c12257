package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.couple.CoupleStatus;
import app.kindred.dashboard.CaseloadRow;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.report.pdf.PdfReports;
import app.kindred.report.pdf.Pdfs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The ZIP of a clinic report from in-memory couples: what is in it, and how it stops. */
class ClinicReportWriterTest {

    final ClinicReportWriter writer = new ClinicReportWriter(
            new ReportAssembler(coupleId -> List.of(), new FlagEvaluator()), new PdfReports());
    final ExportContext context = new ExportContext(1, "Riverside", ReportFixtures.ZONE, ReportFixtures.GENERATED, false);
    // Fixture sessions are fortnightly from 5 Jan 2026: this period holds sessions 3 to 5.
    final ClinicReportRequest request = new ClinicReportRequest(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10),
            null, false);

    @Test
    void the_zip_holds_the_overview_and_one_case_summary_per_couple_with_sessions_in_the_period() throws IOException {
        List<CaseloadRow> couples = List.of(row(1, "C-0001"), row(2, "C-0002"), row(3, "C-0003"));
        Map<Long, CoupleScores> scores = Map.of(
                1L, ReportFixtures.couple(1, "Zoë Martin", "Sam Carter", 8, 1),
                2L, ReportFixtures.couple(2, "Ayşe Demir", "Kerem Demir", 2, 2),
                3L, ReportFixtures.couple(3, "Noa Cohen", "Yael Levi", 6, 3));
        List<String> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ClinicReportResult result = writer.write(context, request, couples, scores::get, "All clinicians", out,
                (done, total) -> progress.add(done + "/" + total));

        assertThat(result).isEqualTo(new ClinicReportResult(3, 2));
        assertThat(progress).containsExactly("0/3", "1/3", "2/3", "3/3");
        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries).containsOnlyKeys("C-0001_case-summary.pdf", "C-0003_case-summary.pdf", "00_overview.pdf");
        String overview = Pdfs.text(entries.get("00_overview.pdf"));
        assertThat(overview).contains("C-0001", "C-0003", "Couples with sessions in the period: 2",
                "Couples of the caseload without a session in the period: 1").doesNotContain("C-0002");
        String summary = Pdfs.text(entries.get("C-0001_case-summary.pdf"));
        assertThat(summary).contains("C-0001", "1 Feb 2026 – 10 Mar 2026 · sessions 3–5", "16 Feb 2026")
                .doesNotContain("19 Jan 2026");
    }

    @Test
    void a_cancelled_report_stops_between_couples() {
        List<CaseloadRow> couples = List.of(row(1, "C-0001"), row(2, "C-0002"));
        CoupleScores scores = ReportFixtures.couple(1, "Zoë Martin", "Sam Carter", 8, 1);
        ReportProgress cancelAfterFirst = new ReportProgress() {
            int done;

            @Override
            public void couplesDone(int done, int total) {
                this.done = done;
            }

            @Override
            public boolean cancelRequested() {
                return done >= 1;
            }
        };
        assertThatThrownBy(() -> writer.write(context, request, couples, id -> scores, "All", new ByteArrayOutputStream(),
                cancelAfterFirst)).isInstanceOf(CancellationException.class);
    }

    @Test
    void a_couple_that_fails_is_named_in_the_error() {
        List<CaseloadRow> couples = List.of(row(1, "C-0001"), row(2, "C-0002"));
        CoupleScores scores = ReportFixtures.couple(1, "Zoë Martin", "Sam Carter", 8, 1);
        assertThatThrownBy(() -> writer.write(context, request, couples, id -> {
            if (id == 2) {
                throw new IllegalStateException("database gone");
            }
            return scores;
        }, "All", new ByteArrayOutputStream(), ReportProgress.NONE))
                .isInstanceOf(ReportException.class)
                .hasMessage("The case summary of C-0002 could not be written (database gone).");
    }

    static CaseloadRow row(long id, String reference) {
        return new CaseloadRow(id, reference, "Real A " + id, "Real B " + id, CoupleStatus.ACTIVE, "Dr Maya Rivera",
                null, null, null, null, List.of(), null);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
