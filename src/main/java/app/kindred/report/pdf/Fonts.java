package app.kindred.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, from the app's own resources (never the system's), embedded as a
 * subset into each document, and the one place that makes any text printable with them. Each
 * document gets its own {@code PDType0Font}s; the parsed font files behind them are borrowed
 * for the document's lifetime (see {@link FontFiles}) and given back by {@link #close()}, after
 * the document is saved, since subsetting reads them while saving.
 */
final class Fonts implements Closeable {

    private static final String REPLACEMENT = "?";

    final Face regular;
    final Face bold;
    private final FontFiles.Pair files;

    private Fonts(Face regular, Face bold, FontFiles.Pair files) {
        this.regular = regular;
        this.bold = bold;
        this.files = files;
    }

    static Fonts load(PDDocument document) throws IOException {
        FontFiles.Pair files = FontFiles.borrow();
        return new Fonts(new Face(PDType0Font.load(document, files.regular(), true)),
                new Face(PDType0Font.load(document, files.bold(), true)), files);
    }

    /**
     * The text as it can be drawn: composed (NFC, so "Ngọc" is one glyph per letter and extracts
     * as typed), tabs as spaces, other control characters dropped, and any character the fonts
     * lack as "?" instead of an exception halfway through a document.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            String replacement = replacement(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(composed.length()).append(composed, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? composed : out.toString();
    }

    /** {@code null} when the character can be drawn as it is. */
    private String replacement(int cp) {
        if (cp >= 0x20 && cp < 0x7f || cp == '\n') {
            return null;
        }
        if (cp == '\t') {
            return " ";
        }
        if (Character.isISOControl(cp)) {
            return "";
        }
        return regular.has(cp) && bold.has(cp) ? null : REPLACEMENT;
    }

    @Override
    public void close() {
        FontFiles.giveBack(files);
    }
}
