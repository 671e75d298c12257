package app.kindred.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The parsed font files. Parsing DejaVu takes about as long as drawing a whole case summary and
 * allocates some 5 MB, so a few parsed pairs are kept and lent to one document at a time: a
 * {@code TrueTypeFont} is not safe for two threads at once, but a document only reads it (for
 * widths, and for the subset when it is saved). The pool is small and bounded; when it is empty a
 * new pair is parsed, and a pair nobody has room for is simply dropped.
 */
final class FontFiles {

    record Pair(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final BlockingQueue<Pair> IDLE = new ArrayBlockingQueue<>(2);

    private FontFiles() {
    }

    static Pair borrow() throws IOException {
        Pair idle = IDLE.poll();
        return idle != null ? idle : new Pair(parse(REGULAR), parse(BOLD));
    }

    static void giveBack(Pair pair) {
        IDLE.offer(pair);
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        // The buffer wraps the bytes read once at start-up; nothing is copied per document.
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        // Glyph substitution would only swap in ligatures for our left-to-right text, and PDFBox's
        // implementation compiles regular expressions for every string drawn: a third of the time.
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
