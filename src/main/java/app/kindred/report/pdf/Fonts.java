package app.kindred.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, from the app's own resources (never the system's), embedded as a
 * subset into each document, and the one place that makes any text printable with them.
 */
final class Fonts {

    private static final char REPLACEMENT = '?';

    final PDType0Font regular;
    final PDType0Font bold;

    private Fonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** A font belongs to one document, so every document loads its own; the file bytes are read once. */
    static Fonts load(PDDocument document) throws IOException {
        return new Fonts(PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR), true),
                PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD), true));
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
            int next = i + Character.charCount(cp);
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
            i = next;
        }
        return out == null ? composed : out.toString();
    }

    /** {@code null} when the character can be drawn as it is. */
    private String replacement(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return null;
        }
        if (cp == '\n') {
            return null;
        }
        if (cp == '\t') {
            return " ";
        }
        if (Character.isISOControl(cp) || cp == '\r') {
            return "";
        }
        return has(regular, cp) && has(bold, cp) ? null : String.valueOf(REPLACEMENT);
    }

    private static boolean has(PDType0Font font, int cp) {
        return font.getCmapLookup().getGlyphId(cp) > 0;
    }

    /** Width of a single line of text in points. */
    static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Files {

        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
