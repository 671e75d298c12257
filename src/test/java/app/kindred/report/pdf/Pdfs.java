package app.kindred.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading back what the exports wrote, as any PDF reader would. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text of each page, first page first. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The pages' text without their footers, so text that flows over a page break reads as one. */
    public static String bodyText(List<String> pages) {
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            text.append(page.replaceAll("(?m)^Confidential — clinical record.*Page \\d+ of \\d+\\R?", "")).append(' ');
        }
        return text.toString();
    }

    /** Fonts used on any page that are not embedded in the file (none, when all is well). */
    public static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Every glyph that does not lie inside the media box minus {@code margin} on each side, as
     * "page n: 'c' at x,y"; empty when nothing was drawn into the margins or off the page.
     */
    public static List<String> textOutside(byte[] pdf, float margin) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            OutsideFinder finder = new OutsideFinder(margin);
            finder.getText(document);
            return finder.outside;
        }
    }

    private static final class OutsideFinder extends PDFTextStripper {

        // Glyph boxes are estimates from the font's metrics: allow half a point of rounding.
        private static final float TOLERANCE = 0.5f;
        private final float margin;
        final List<String> outside = new ArrayList<>();

        OutsideFinder(float margin) {
            this.margin = margin;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            PDRectangle box = getCurrentPage().getMediaBox();
            float left = text.getXDirAdj();
            float right = left + text.getWidthDirAdj();
            float baseline = text.getYDirAdj();
            float top = baseline - text.getHeightDir();
            boolean inside = left >= margin - TOLERANCE && right <= box.getWidth() - margin + TOLERANCE
                    && top >= margin - TOLERANCE && baseline <= box.getHeight() - margin + TOLERANCE;
            if (!inside) {
                outside.add("page " + getCurrentPageNo() + ": '" + text.getUnicode() + "' at " + left + "," + baseline);
            }
            super.processTextPosition(text);
        }
    }
}
