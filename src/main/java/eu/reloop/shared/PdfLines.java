package eu.reloop.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Writes lines downwards in the standard Helvetica every reader has; characters it cannot show become '?', and each
 * line break in a text starts a new line. Either on one page from a starting point, each line as it is (a label, a
 * certificate), or on A4 pages it adds as they fill, each line wrapped to the width between the margins (a form).
 */
public final class PdfLines {

    public static final float MM = 72f / 25.4f;
    private static final float LEADING = 1.25f;

    /** Where pages are added; null when writing on one page of the caller's. */
    private final @Nullable PDDocument document;
    private final float x;
    private final float width;
    private final float bottom;
    private PDPageContentStream content;
    private float y;

    /** On the caller's page, from {@code (x, top)} in points downwards; the caller closes the content stream. */
    public PdfLines(PDPageContentStream content, float x, float top) {
        this.document = null;
        this.content = content;
        this.x = x;
        this.width = Float.MAX_VALUE;
        this.bottom = 0;
        this.y = top;
    }

    private PdfLines(PDDocument document, float margin) throws IOException {
        this.document = document;
        this.x = margin;
        this.width = PDRectangle.A4.getWidth() - 2 * margin;
        this.bottom = margin;
        this.content = newPage();
    }

    /** On new A4 pages of the document, within a margin of {@code margin} points all round; {@link #close} ends the last. */
    public static PdfLines onA4Pages(PDDocument document, float margin) throws IOException {
        return new PdfLines(document, margin);
    }

    public void line(Standard14Fonts.FontName fontName, float size, String text) throws IOException {
        PDType1Font font = new PDType1Font(fontName);
        for (String paragraph : text.split("\\R")) {
            for (String shown : wrapped(font, size, printable(font, paragraph))) {
                if (document != null && y - size * LEADING < bottom) {
                    content.close();
                    content = newPage();
                }
                y -= size * LEADING;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(shown);
                content.endText();
            }
        }
    }

    public void gap(float millimetres) {
        y -= millimetres * MM;
    }

    /** Ends the last page this writer added; a writer on the caller's page leaves its stream to the caller. */
    public void close() throws IOException {
        if (document != null) {
            content.close();
        }
    }

    public static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        y = PDRectangle.A4.getHeight() - bottom;
        return new PDPageContentStream(document, page);
    }

    /** The words as lines of at most the width; a word wider than that stands on a line of its own. */
    private List<String> wrapped(PDType1Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
