package eu.reloop.stamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import eu.reloop.shared.PdfLines;

/**
 * A certificate of sanitisation as an A4 PDF with the fields NIST SP 800-88 asks for: a stamped item's (in English,
 * for the centre's records) and a handed-in device's (in its owner's language), so both read the same way.
 */
public final class SanitisationCertificate {

    /** The fields' names, each given by the caller in its language. */
    public enum Label {
        ORGANISATION, ITEM, MEDIA_TYPE, MEDIA, METHOD, TECHNIQUE, TOOL, VERIFICATION, PERFORMER, DATE
    }

    /** The words around the fields: the title, what it certifies, where to check it, and the fields' names. */
    public record Texts(String title, String subtitle, String footer, Function<Label, String> labels) {
    }

    private SanitisationCertificate() {
    }

    public static byte[] pdf(Texts texts, String organisation, String item, DataErasure erasure) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfLines writer = new PdfLines(content, 20 * PdfLines.MM, 272 * PdfLines.MM);
                writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 16, texts.title());
                writer.line(Standard14Fonts.FontName.HELVETICA, 10, texts.subtitle());
                writer.gap(8);
                Function<Label, String> label = texts.labels();
                field(writer, label.apply(Label.ORGANISATION), organisation);
                field(writer, label.apply(Label.ITEM), item);
                field(writer, label.apply(Label.MEDIA_TYPE), erasure.mediaType());
                field(writer, label.apply(Label.MEDIA), erasure.mediaMake() + " / " + erasure.mediaModel() + " / "
                        + erasure.mediaSerial());
                field(writer, label.apply(Label.METHOD), erasure.method().name());
                field(writer, label.apply(Label.TECHNIQUE), erasure.technique());
                field(writer, label.apply(Label.TOOL), erasure.toolAndVersion());
                field(writer, label.apply(Label.VERIFICATION), erasure.verification().name());
                field(writer, label.apply(Label.PERFORMER), erasure.performer());
                field(writer, label.apply(Label.DATE), erasure.performedOn().toString());
                writer.gap(8);
                writer.line(Standard14Fonts.FontName.HELVETICA, 9, texts.footer());
            }
            return PdfLines.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(PdfLines writer, String name, String value) throws IOException {
        writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 10, name);
        writer.line(Standard14Fonts.FontName.HELVETICA, 11, value);
        writer.gap(3);
    }
}
