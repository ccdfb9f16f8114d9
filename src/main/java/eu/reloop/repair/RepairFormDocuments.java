package eu.reloop.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.PdfLines;
import eu.reloop.shared.Translations;

/**
 * The European Repair Information Form as a PDF, in the language the consumer asked in: every Annex I field in
 * its order, on A4 pages in the standard Helvetica ({@link PdfLines}). Callers pass a request and a form they were
 * allowed to read.
 */
@Component
public class RepairFormDocuments {

    private static final float MARGIN = 20 * PdfLines.MM;
    private static final float LABEL_SIZE = 9;
    private static final float TEXT_SIZE = 11;

    private final Translations translations;

    RepairFormDocuments(Translations translations) {
        this.translations = translations;
    }

    public byte[] pdf(RepairRequest request, RepairOffer offer) {
        IssuedForm form = offer.form();
        if (form == null) {
            throw new IllegalArgumentException("The repairer has issued no form on request " + request.id());
        }
        Locale locale = request.consumerLocale();
        try (PDDocument document = new PDDocument()) {
            PdfLines pages = PdfLines.onA4Pages(document, MARGIN);
            pages.line(Standard14Fonts.FontName.HELVETICA_BOLD, 16, text(locale, "repair.pdf.title"));
            pages.line(Standard14Fonts.FontName.HELVETICA, LABEL_SIZE, text(locale, "repair.pdf.directive"));
            pages.gap(3);
            for (FormField field : fields(request, form, locale)) {
                pages.line(Standard14Fonts.FontName.HELVETICA_BOLD, LABEL_SIZE, field.label());
                pages.line(Standard14Fonts.FontName.HELVETICA, TEXT_SIZE, field.value());
                pages.gap(1.5f);
            }
            pages.close();
            return PdfLines.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the repair information form", e);
        }
    }

    /**
     * Label and value of every field the form fills in, in Annex I's order and the reader's language: what the
     * PDF prints and the pages show. A field the repairer left empty (no phone, no extra services) is left out.
     */
    public List<FormField> fields(RepairRequest request, IssuedForm form, Locale locale) {
        List<FormField> fields = new ArrayList<>();
        add(fields, locale, "repair.form.repairer", form.repairerName());
        add(fields, locale, "repair.form.address", form.repairerAddress());
        add(fields, locale, "repair.form.phone", form.repairerPhone());
        add(fields, locale, "repair.form.email", form.repairerEmail());
        add(fields, locale, "repair.form.goods", request.brand() + " " + request.model() + " (" + request.purchaseYear() + ")");
        add(fields, locale, "repair.form.defect", form.defect());
        add(fields, locale, "repair.form.repair-type", form.repairType());
        add(fields, locale, form.priceIsMaximum() ? "repair.form.max-price" : "repair.form.price",
                LocalizedFormats.money(form.price(), locale));
        add(fields, locale, "repair.form.price-basis", form.priceBasis());
        add(fields, locale, "repair.form.diagnosis-fee", LocalizedFormats.money(form.diagnosisFee(), locale));
        add(fields, locale, "repair.form.time", text(locale, "repair.days", form.repairDays()));
        add(fields, locale, "repair.form.loan", form.loanDevice()
                ? text(locale, "repair.form.loan-yes", form.loanTerms() == null ? "" : form.loanTerms())
                : text(locale, "repair.form.loan-no"));
        add(fields, locale, "repair.form.hand-over-place", form.handOverPlace());
        add(fields, locale, "repair.form.extras", form.extraServices() == null ? null : form.extraServices()
                + (form.extraServicesCost() == null ? "" : " (" + LocalizedFormats.money(form.extraServicesCost(), locale) + ")"));
        add(fields, locale, "repair.form.issued", LocalizedFormats.date(form.issuedOn(), locale));
        add(fields, locale, "repair.form.valid-until", text(locale, "repair.form.valid-until.value",
                LocalizedFormats.date(form.validUntil(), locale), form.timeZone().getId()));
        return fields;
    }

    private void add(List<FormField> fields, Locale locale, String labelKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new FormField(text(locale, labelKey), value));
        }
    }

    /** One filled-in field of the form. */
    public record FormField(String label, String value) {
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
