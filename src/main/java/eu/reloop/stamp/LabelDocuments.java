package eu.reloop.stamp;

import java.awt.image.BufferedImage;
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
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

import eu.reloop.shared.PdfLines;
import eu.reloop.shared.QrCodes;
import eu.reloop.shared.SiteProperties;

/**
 * The printed side of a stamp: its QR code (a verification link that carries the signed statement, so
 * that it can be checked offline too), the label to stick on the item, and the data erasure certificate
 * for the centre's records. PDFs use the standard Helvetica, which every reader has.
 */
@Component
class LabelDocuments {

    private static final Map<SanitisationCertificate.Label, String> ENGLISH_LABELS = Map.of(
            SanitisationCertificate.Label.ORGANISATION, "Organisation",
            SanitisationCertificate.Label.ITEM, "Item",
            SanitisationCertificate.Label.MEDIA_TYPE, "Media type",
            SanitisationCertificate.Label.MEDIA, "Media make / model / serial",
            SanitisationCertificate.Label.METHOD, "Sanitisation method",
            SanitisationCertificate.Label.TECHNIQUE, "Technique",
            SanitisationCertificate.Label.TOOL, "Tool and version",
            SanitisationCertificate.Label.VERIFICATION, "Verification",
            SanitisationCertificate.Label.PERFORMER, "Performed by",
            SanitisationCertificate.Label.DATE, "Date");

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
        return QrCodes.image(verificationLink(stamp));
    }

    /** A 100 x 60 mm label: the quality-stamp mark beside the brand, the code, the QR code, grade and warranty. */
    byte[] label(Stamp stamp) {
        ItemIdentity item = stamp.report().item();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(100 * PdfLines.MM, 60 * PdfLines.MM));
            document.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrCode(stamp));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(qr, 62 * PdfLines.MM, 12 * PdfLines.MM, 36 * PdfLines.MM, 36 * PdfLines.MM);
                PdfLines writer = new PdfLines(content, 5 * PdfLines.MM, 52 * PdfLines.MM);
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
            return PdfLines.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate of sanitisation, with the fields NIST SP 800-88 asks for, in English for the centre's records. */
    byte[] erasureCertificate(Stamp stamp, String centreName) {
        DataErasure erasure = stamp.report().erasure();
        if (erasure == null) {
            throw new IllegalArgumentException("Stamp " + stamp.code() + " records no data erasure");
        }
        ItemIdentity item = stamp.report().item();
        return SanitisationCertificate.pdf(new SanitisationCertificate.Texts("Certificate of data sanitisation",
                "After NIST SP 800-88, for ReLoop quality stamp " + stamp.code().display(),
                "Check the stamp and its history at " + site.link(StampLinks.verify(stamp.code())), ENGLISH_LABELS::get),
                centreName, item.brand() + " " + item.model() + ", serial " + item.serialNumber(), erasure);
    }

}
