package eu.reloop.stamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines downwards from a starting point, in the standard Helvetica every reader has; characters it cannot
 * show become '?'.
 */
final class PdfLines {

    static final float MM = 72f / 25.4f;

    private final PDPageContentStream content;
    private final float x;
    private float y;

    PdfLines(PDPageContentStream content, float x, float top) {
        this.content = content;
        this.x = x;
        this.y = top;
    }

    void line(Standard14Fonts.FontName fontName, float size, String text) throws IOException {
        PDType1Font font = new PDType1Font(fontName);
        y -= size * 1.25f;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    void gap(float millimetres) {
        y -= millimetres * MM;
    }

    static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
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
