package eu.reloop.stamp;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import eu.reloop.shared.SiteProperties;

/**
 * The printed side of a stamp: its QR code (a verification link that carries the signed statement, so
 * that it can be checked offline too), the label to stick on the item, and the data erasure certificate
 * for the centre's records. PDFs use the standard Helvetica, which every reader has.
 */
@Component
class LabelDocuments {

    private static final float MM = 72f / 25.4f;
    private static final int QR_MODULE_PIXELS = 4;

    private final SiteProperties site;

    LabelDocuments(SiteProperties site) {
        this.site = site;
    }

    /** {@code /verify/{code}?p=statement&s=signature&k=key}, everything base64url where needed. */
    String verificationLink(Stamp stamp) {
        return site.link(StampLinks.verify(stamp.code())) + "?p="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(stamp.signedPayload().getBytes(StandardCharsets.UTF_8))
                + "&s=" + stamp.signature() + "&k=" + stamp.keyId();
    }

    BufferedImage qrCode(Stamp stamp) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(verificationLink(stamp), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth() * QR_MODULE_PIXELS,
                    matrix.getHeight() * QR_MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / QR_MODULE_PIXELS, y / QR_MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("The verification link does not fit in a QR code", e);
        }
    }

    /** A 100 x 60 mm label: the quality-stamp mark beside the brand, the code, the QR code, grade and warranty. */
    byte[] label(Stamp stamp) {
        ItemIdentity item = stamp.report().item();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(100 * MM, 60 * MM));
            document.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrCode(stamp));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(qr, 62 * MM, 12 * MM, 36 * MM, 36 * MM);
                Writer writer = new Writer(content, 5 * MM, 52 * MM);
                writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 12, "ReLoop quality stamp");
                writer.line(Standard14Fonts.FontName.HELVETICA, 9, item.brand() + " " + item.model());
                writer.gap(2);
                writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 16, stamp.code().display());
                writer.gap(2);
                writer.line(Standard14Fonts.FontName.HELVETICA, 8, "Grade: " + stamp.report().grade());
                writer.line(Standard14Fonts.FontName.HELVETICA, 8, "Warranty: " + stamp.warrantyMonths()
                        + " months from the date of sale");
                writer.line(Standard14Fonts.FontName.HELVETICA, 8, "Issued " + LocalDate.ofInstant(stamp.issuedAt(), ZoneOffset.UTC));
                writer.gap(2);
                writer.line(Standard14Fonts.FontName.HELVETICA, 7, "Check it: " + site.link(StampLinks.verify()));
                writer.line(Standard14Fonts.FontName.HELVETICA, 7, "or scan the code. The registry, not this label, is the proof.");
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate of sanitisation, with the fields NIST SP 800-88 asks for. */
    byte[] erasureCertificate(Stamp stamp, String centreName) {
        DataErasure erasure = stamp.report().erasure();
        if (erasure == null) {
            throw new IllegalArgumentException("Stamp " + stamp.code() + " records no data erasure");
        }
        ItemIdentity item = stamp.report().item();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, 20 * MM, 272 * MM);
                writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 16, "Certificate of data sanitisation");
                writer.line(Standard14Fonts.FontName.HELVETICA, 10, "After NIST SP 800-88, for ReLoop quality stamp "
                        + stamp.code().display());
                writer.gap(8);
                field(writer, "Organisation", centreName);
                field(writer, "Item", item.brand() + " " + item.model() + ", serial " + item.serialNumber());
                field(writer, "Media type", erasure.mediaType());
                field(writer, "Media make / model / serial", erasure.mediaMake() + " / " + erasure.mediaModel() + " / "
                        + erasure.mediaSerial());
                field(writer, "Sanitisation method", erasure.method().name());
                field(writer, "Technique", erasure.technique());
                field(writer, "Tool and version", erasure.tool() + " " + erasure.toolVersion());
                field(writer, "Verification", erasure.verification().name());
                field(writer, "Performed by", erasure.performer());
                field(writer, "Date", erasure.performedOn().toString());
                writer.gap(8);
                writer.line(Standard14Fonts.FontName.HELVETICA, 9, "Check the stamp and its history at "
                        + site.link(StampLinks.verify(stamp.code())));
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(Writer writer, String name, String value) throws IOException {
        writer.line(Standard14Fonts.FontName.HELVETICA_BOLD, 10, name);
        writer.line(Standard14Fonts.FontName.HELVETICA, 11, value);
        writer.gap(3);
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Writes lines downwards from a starting point; characters Helvetica cannot show become '?'. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final float x;
        private float y;

        Writer(PDPageContentStream content, float x, float top) {
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
}
