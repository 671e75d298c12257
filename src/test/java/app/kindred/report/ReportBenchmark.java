package app.kindred.report;

import app.kindred.couple.CoupleStatus;
import app.kindred.dashboard.CaseloadRow;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.report.pdf.PdfReports;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two export budgets of docs/PERFORMANCE.md, measured on the PDF layer and the ZIP writer with
 * in-memory couples scored by the real engine (no database, no Spring). Run as the document says,
 * with {@code MAVEN_OPTS=-Xmx512m} so the clinic report proves it fits in 512 MB.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 40;
    private static final int COUPLES = 1_000;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("JVM max heap: %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        caseSummary();
        clinicReport();
    }

    /** One case summary of 50 sessions and 30 observations, over and over after a warm-up. */
    private static void caseSummary() throws IOException {
        var scores = ReportFixtures.couple(42, "Zoë Martin", "Łukasz Nowak", 50, 42);
        CaseSummaryData data = ReportFixtures.caseSummary("C-0042", scores, ReportFixtures.observations(30, 50, 700));
        PdfReports reports = new PdfReports();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        for (int i = 0; i < WARM_UP; i++) {
            out.reset();
            reports.caseSummary(data, out);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] millis = new double[MEASURED];
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < MEASURED; i++) {
            out.reset();
            long start = System.nanoTime();
            reports.caseSummary(data, out);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long allocated = (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / MEASURED;
        Arrays.sort(millis);
        System.out.printf("Case summary, 50 sessions + 30 observations (%d warm-up, %d measured): median %.1f ms, "
                + "best %.1f ms, worst %.1f ms; %.1f MB allocated per document; PDF %d KB%n", WARM_UP, MEASURED,
                millis[MEASURED / 2], millis[0], millis[MEASURED - 1], allocated / 1e6, out.size() / 1024);
    }

    /**
     * A clinic report of 1,000 couples (8–12 sessions and 5 observations each) written to a ZIP
     * file. Each couple's scores are made only when the writer asks for them, as the scoring
     * service does, so the heap holds one couple at a time plus the overview rows.
     */
    private static void clinicReport() throws IOException {
        ReportAssembler assembler = new ReportAssembler(coupleId -> ReportFixtures.observations(5, 8, 500),
                new FlagEvaluator());
        ClinicReportWriter writer = new ClinicReportWriter(assembler, new PdfReports());
        ExportContext context = new ExportContext(1, "Riverside Couples Practice", ReportFixtures.ZONE,
                ReportFixtures.GENERATED, false);
        ClinicReportRequest request = new ClinicReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                null, false);
        List<CaseloadRow> couples = new ArrayList<>();
        for (int n = 1; n <= COUPLES; n++) {
            couples.add(new CaseloadRow(n, "C-%04d".formatted(n), "Robin " + n, "Kai " + n, CoupleStatus.ACTIVE,
                    "Dr Maya Rivera", null, null, null, null, List.of(), null));
        }
        Path zip = Files.createTempFile("kindred-benchmark-", ".zip");
        HeapWatch heap = new HeapWatch();
        long start = System.nanoTime();
        ClinicReportResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 64 * 1024)) {
            result = writer.write(context, request, couples,
                    id -> ReportFixtures.couple(id, "Robin " + id, "Kai " + id, 8 + (int) (id % 5), id),
                    "All clinicians", out, (done, total) -> heap.sample(done));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Clinic report, %d couples (%d PDFs + overview) into a %.1f MB ZIP: %.1f s (%.0f ms per couple)%n",
                result.couplesInScope(), result.couplesReported(), Files.size(zip) / 1e6, seconds,
                seconds * 1000 / COUPLES);
        System.out.printf("Heap: most used %d MB (sampled after every couple), after a full GC at couple 100: %d MB, "
                + "at couple 1,000: %d MB; GC count %d%n", heap.maxUsed >> 20, heap.at100 >> 20, heap.at1000 >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionCount()).sum());
        Files.delete(zip);
    }

    /** Used heap while the report runs; a full GC at two points shows what is really kept. */
    private static final class HeapWatch {

        long maxUsed;
        long at100;
        long at1000;

        void sample(int done) {
            Runtime runtime = Runtime.getRuntime();
            maxUsed = Math.max(maxUsed, runtime.totalMemory() - runtime.freeMemory());
            if (done == 100 || done == COUPLES) {
                System.gc();
                long used = runtime.totalMemory() - runtime.freeMemory();
                if (done == 100) {
                    at100 = used;
                } else {
                    at1000 = used;
                }
            }
        }
    }
}
