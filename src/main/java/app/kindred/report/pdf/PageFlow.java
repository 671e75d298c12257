package app.kindred.report.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The writing position on A4 pages, top to bottom: blocks ask whether they fit and a new page
 * starts when they do not. Nothing is drawn outside {@link #MARGIN}; the band above the bottom
 * margin is kept free for the footer.
 */
final class PageFlow implements Closeable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 42;
    static final float FOOTER_BAND = 28;
    static final Color TEXT = Color.BLACK;
    static final Color MUTED = new Color(85, 85, 85);
    static final Color RULE = new Color(180, 180, 180);

    final PDDocument document;
    final Fonts fonts;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, Fonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return SIZE.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    float top() {
        return SIZE.getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN + FOOTER_BAND;
    }

    /** The page being written; the first call starts page one. */
    PDPageContentStream content() throws IOException {
        if (content == null) {
            newPage();
        }
        return content;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    boolean atTop() {
        return content != null && y == top();
    }

    /** Starts a new page unless {@code height} still fits here (or this page is still empty). */
    void ensure(float height) throws IOException {
        content();
        if (y - height < bottom() && !atTop()) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    /** One line of text whose box starts at the current position; moves below it. */
    void line(String text, Face font, float size, float x, Color color) throws IOException {
        float leading = leading(size);
        ensure(leading);
        text(text, font, size, x, y - ascent(size), color);
        y -= leading;
    }

    /** Wrapped text from {@code x} to the right margin, breaking pages between lines. */
    void paragraph(String text, Face font, float size, float x, Color color) throws IOException {
        List<String> lines = TextWrap.lines(fonts.printable(text), font, size, right() - x);
        for (String line : lines) {
            line(line, font, size, x, color);
        }
    }

    /** Text with its baseline at {@code baseline}; the caller has made sure it fits. */
    void text(String text, Face font, float size, float x, float baseline, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        PDPageContentStream cs = content();
        cs.beginText();
        cs.setFont(font.pdf, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    void rule(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        PDPageContentStream cs = content();
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        PDPageContentStream cs = content();
        cs.setNonStrokingColor(color);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    static float leading(float size) {
        return size * 1.35f;
    }

    /** DejaVu's ascender is 0.93 em: the baseline sits this far below the top of a line box. */
    static float ascent(float size) {
        return size * 0.95f;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
