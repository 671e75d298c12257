package app.kindred.report.pdf;

import app.kindred.report.CaseSummaryData;
import app.kindred.report.ClinicOverviewData;
import app.kindred.report.ReportHeader;
import app.kindred.report.ReportRenderer;
import app.kindred.report.SessionReportData;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Draws each document into its own {@code PDDocument}, closed as soon as it is written, so a clinic
 * report holds one document in memory however many couples it has. Every document is PDF/A-1b.
 */
@Component
public class PdfReports implements ReportRenderer {

    @FunctionalInterface
    private interface Layout {
        void write(PageFlow flow) throws IOException;
    }

    @Override
    public void caseSummary(CaseSummaryData data, OutputStream out) throws IOException {
        render(data.header(), CaseSummaryLayout.title(data), flow -> CaseSummaryLayout.write(flow, data), out);
    }

    @Override
    public void sessionReport(SessionReportData data, OutputStream out) throws IOException {
        render(data.header(), SessionReportLayout.title(data), flow -> SessionReportLayout.write(flow, data), out);
    }

    @Override
    public void clinicOverview(ClinicOverviewData data, OutputStream out) throws IOException {
        render(data.header(), OverviewLayout.title(data), flow -> OverviewLayout.write(flow, data), out);
    }

    private static void render(ReportHeader header, String title, Layout layout, OutputStream out) throws IOException {
        // Fonts are given back only after saving: the font subsets are cut from them while saving.
        try (PDDocument document = new PDDocument(); Fonts fonts = Fonts.load(document)) {
            PageFlow flow = new PageFlow(document, fonts);
            layout.write(flow);
            flow.content();
            flow.close();
            Footer.stamp(flow, title);
            Archival.apply(document, title, header.generatedAt());
            // PDF/A-1 predates object streams: save without them.
            document.save(new KeepOpen(out), CompressParameters.NO_COMPRESSION);
        }
    }

    /** PDFBox closes the stream it saves to; the caller's stream (a ZIP entry, say) must stay open. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
