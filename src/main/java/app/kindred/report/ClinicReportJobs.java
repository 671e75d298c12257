package app.kindred.report;

import app.kindred.security.AppRoles;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs clinic reports in the background into temporary files. Its own two threads, not the common
 * pool or the app's task executor: a long report must neither starve nor be starved by other
 * work, and two at a time is what two cores carry. The caller's sign-in travels with the job,
 * so the report sees exactly what the caller may see.
 */
@Service
public class ClinicReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ClinicReportJobs.class);

    private final ReportService reports;
    private final ExecutorService executor;

    ClinicReportJobs(ReportService reports) {
        this.reports = reports;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "clinic-report-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the report; {@code job} is how the caller asks it to stop, possibly before it has started. */
    @RolesAllowed(AppRoles.CLINICIAN)
    public void start(ClinicReportRequest request, ClinicReportJob job, ClinicReportJob.Listener listener) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(request, job, listener),
                SecurityContextHolder.getContext()));
    }

    private void run(ClinicReportRequest request, ClinicReportJob job, ClinicReportJob.Listener listener) {
        Path file = null;
        try {
            file = Files.createTempFile("kindred-clinic-report-", ".zip");
            ClinicReportResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                result = reports.writeClinicReport(request, out, new ReportProgress() {
                    @Override
                    public void couplesDone(int done, int total) {
                        listener.progress(done, total);
                    }

                    @Override
                    public boolean cancelRequested() {
                        return job.cancelRequested();
                    }
                });
            }
            listener.finished(file, result);
        } catch (CancellationException e) {
            delete(file);
            listener.cancelled();
        } catch (ReportException | AccessDeniedException | IllegalArgumentException e) {
            delete(file);
            listener.failed(e.getMessage());
        } catch (IOException e) {
            delete(file);
            listener.failed("The ZIP file could not be written (" + e.getMessage() + ").");
        } catch (RuntimeException e) {
            log.error("Clinic report failed", e);
            delete(file);
            listener.failed("The clinic report failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the partial clinic report {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
