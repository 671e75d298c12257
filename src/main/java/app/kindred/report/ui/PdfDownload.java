package app.kindred.report.ui;

import app.kindred.report.ReportException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one PDF. It is drawn completely before the first byte is sent, so a failure becomes an
 * error response and a message on screen, never a truncated file that looks like a PDF.
 */
final class PdfDownload {

    private static final Logger log = LoggerFactory.getLogger(PdfDownload.class);

    private PdfDownload() {
    }

    static DownloadHandler of(Supplier<String> fileName, Consumer<OutputStream> writer) {
        return event -> serve(event, fileName, writer);
    }

    private static void serve(DownloadEvent event, Supplier<String> fileName, Consumer<OutputStream> writer)
            throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.accept(pdf);
        } catch (RuntimeException e) {
            log.warn("Export failed", e);
            String message = e instanceof ReportException ? e.getMessage() : "The export failed. Please try again.";
            event.getResponse().setStatus(500);
            event.getUI().access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        event.setFileName(fileName.get());
        event.setContentType("application/pdf");
        event.setContentLength(pdf.size());
        try (OutputStream out = event.getOutputStream()) {
            pdf.writeTo(out);
        }
    }
}
