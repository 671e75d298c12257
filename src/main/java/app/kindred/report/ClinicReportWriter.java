package app.kindred.report;

import app.kindred.dashboard.CaseloadRow;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.SessionScores;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongFunction;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a clinic report as a ZIP, one couple at a time: its scores are read, its case summary is
 * drawn straight into the ZIP entry and forgotten, keeping only one overview row. The overview
 * comes last because it needs every couple, but is named to sort first.
 */
@Component
class ClinicReportWriter {

    static final String OVERVIEW = "00_overview.pdf";

    private final ReportAssembler assembler;
    private final ReportRenderer renderer;

    ClinicReportWriter(ReportAssembler assembler, ReportRenderer renderer) {
        this.assembler = assembler;
        this.renderer = renderer;
    }

    /**
     * @param couples the couples in scope, in the order they are written
     * @param scores  the scoring service's scores of one couple, pseudonymised as the context says
     */
    ClinicReportResult write(ExportContext context, ClinicReportRequest request, List<CaseloadRow> couples,
            LongFunction<CoupleScores> scores, String scope, OutputStream out, ReportProgress progress)
            throws IOException {
        List<ClinicOverviewData.Row> rows = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        // The PDFs' content is compressed already; a light pass keeps the ZIP quick to write.
        zip.setLevel(Deflater.BEST_SPEED);
        int done = 0;
        progress.couplesDone(0, couples.size());
        for (CaseloadRow couple : couples) {
            if (progress.cancelRequested() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The clinic report was cancelled.");
            }
            try {
                ClinicOverviewData.Row row = one(context, request, couple, scores.apply(couple.coupleId()), zip);
                if (row != null) {
                    rows.add(row);
                }
            } catch (IOException | RuntimeException e) {
                throw new ReportException("The case summary of " + couple.reference() + " could not be written ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
            }
            progress.couplesDone(++done, couples.size());
        }
        zip.putNextEntry(new ZipEntry(OVERVIEW));
        renderer.clinicOverview(new ClinicOverviewData(new ReportHeader(context.clinic(), null, null, null,
                Periods.days(request.from(), request.to()), context.generatedAt(), context.pseudonymised()), scope, rows,
                couples.size() - rows.size()), zip);
        zip.closeEntry();
        // Finish, not close: the caller owns the stream.
        zip.finish();
        zip.flush();
        return new ClinicReportResult(couples.size(), rows.size());
    }

    /** The couple's case summary for the period into the ZIP, and its overview row; null when it had no session. */
    private ClinicOverviewData.Row one(ExportContext context, ClinicReportRequest request, CaseloadRow couple,
            CoupleScores coupleScores, ZipOutputStream zip) throws IOException {
        List<SessionScores> inPeriod = coupleScores.sessions().stream()
                .filter(s -> !s.session().date().isBefore(request.from()) && !s.session().date().isAfter(request.to()))
                .toList();
        if (inPeriod.isEmpty()) {
            return null;
        }
        ReportPeriod period = Periods.ofDays(request.from(), request.to(),
                inPeriod.stream().map(SessionScores::session).toList());
        CaseSummaryData data = assembler.caseSummary(context, new CoupleRef(couple.coupleId(), couple.reference(),
                couple.clinician(), couple.partnerA(), couple.partnerB()), coupleScores, period);
        zip.putNextEntry(new ZipEntry(ReportFileNames.zipEntry(couple.reference())));
        renderer.caseSummary(data, zip);
        zip.closeEntry();
        return new ClinicOverviewData.Row(couple.reference(), coupleScores.nameA() + " & " + coupleScores.nameB(),
                couple.clinician(), couple.status(), inPeriod.size(),
                (int) inPeriod.stream().filter(s -> s.a() != null).count()
                        + (int) inPeriod.stream().filter(s -> s.b() != null).count(),
                latestIndex(inPeriod, true), latestIndex(inPeriod, false), data.flags());
    }

    private static Double latestIndex(List<SessionScores> sessions, boolean partnerA) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            var scores = partnerA ? sessions.get(i).a() : sessions.get(i).b();
            if (scores != null) {
                return scores.index();
            }
        }
        return null;
    }
}
