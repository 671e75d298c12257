package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import app.kindred.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clinic reports in the background: a finished ZIP is handed over, anything else leaves no file. */
@AppTest
class ClinicReportJobsTest {

    @Autowired TestUsers users;
    @Autowired ReportTestData testData;
    @Autowired ClinicReportJobs jobs;

    ReportTestData.Clinic clinic;
    final ClinicReportRequest period = new ClinicReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
            null, false);

    @BeforeEach
    void clinic() {
        clinic = testData.clinic();
    }

    @Test
    void a_finished_report_is_a_complete_zip_handed_to_the_listener() throws Exception {
        Outcome outcome = run(clinic.admin(), period, new ClinicReportJob());

        assertThat(outcome.kind()).isEqualTo("finished");
        assertThat(outcome.lastProgress()).isEqualTo("3/3");
        assertThat(ClinicReportWriterTest.unzip(Files.readAllBytes(outcome.file()))).containsKey("00_overview.pdf");
        Files.delete(outcome.file());
    }

    @Test
    void a_cancelled_report_leaves_no_file() throws Exception {
        ClinicReportJob job = new ClinicReportJob();
        job.cancel();
        Outcome outcome = run(clinic.admin(), period, job);

        assertThat(outcome.kind()).isEqualTo("cancelled");
        assertThat(outcome.file()).isNull();
    }

    @Test
    void a_refused_report_says_why_and_leaves_no_file() throws Exception {
        ClinicReportRequest colleagues = new ClinicReportRequest(period.from(), period.to(), clinic.colleagueId(), false);
        Outcome outcome = run(clinic.owner(), colleagues, new ClinicReportJob());

        assertThat(outcome.kind()).isEqualTo("failed");
        assertThat(outcome.message()).isEqualTo("Clinicians report on their own caseload only.");
    }

    record Outcome(String kind, Path file, String message, String lastProgress) {
    }

    /** Starts the job as {@code username} and waits for its outcome, reporting any file left behind. */
    private Outcome run(String username, ClinicReportRequest request, ClinicReportJob job) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        String[] progress = {null};
        long before = leftovers();
        users.run(username, () -> jobs.start(request, job, new ClinicReportJob.Listener() {
            @Override
            public void progress(int done, int total) {
                progress[0] = done + "/" + total;
            }

            @Override
            public void finished(Path zip, ClinicReportResult result) {
                outcome.complete(new Outcome("finished", zip, null, progress[0]));
            }

            @Override
            public void failed(String whatFailed) {
                outcome.complete(new Outcome("failed", null, whatFailed, progress[0]));
            }

            @Override
            public void cancelled() {
                outcome.complete(new Outcome("cancelled", null, null, progress[0]));
            }
        }));
        Outcome result = outcome.get(120, TimeUnit.SECONDS);
        if (result.file() == null) {
            assertThat(leftovers()).isEqualTo(before);
        }
        return result;
    }

    private static long leftovers() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kindred-clinic-report-")).count();
        }
    }
}
