package eu.reloop.repair;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * What a repairer fills in on the European Repair Information Form (Directive (EU) 2024/1799, Annex I); the
 * repairer's identity, address and contacts, the goods, and the dates come from the organisation, the request
 * and the clock. Prices are in the currency of the repairer's country. A maximum price says how it is
 * calculated ({@code priceBasis}); the service refuses one without.
 */
public record RepairForm(
        @NotNull @Nullable UUID siteId,
        @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String defect,
        @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String repairType,
        @NotNull @DecimalMin("0") @DecimalMax(RepairForm.MAX_PRICE) @Digits(integer = 8, fraction = 2) @Nullable BigDecimal price,
        boolean priceIsMaximum,
        @Nullable @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String priceBasis,
        @NotNull @DecimalMin("0") @DecimalMax(RepairForm.MAX_PRICE) @Digits(integer = 8, fraction = 2) @Nullable BigDecimal diagnosisFee,
        @NotNull @Min(1) @Max(RepairForm.MAX_DAYS) @Nullable Integer repairDays,
        boolean loanDevice,
        @Nullable @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String loanTerms,
        @NotBlank @Size(max = TextLimits.ADDRESS) @PrintableText String handOverPlace,
        @Nullable @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String extraServices,
        @DecimalMin("0") @DecimalMax(RepairForm.MAX_PRICE) @Digits(integer = 8, fraction = 2) @Nullable BigDecimal extraServicesCost) {

    /** Far above any repair's price, in major units of any of the four currencies. */
    public static final String MAX_PRICE = "1000000";
    public static final int MAX_DAYS = 365;

    public RepairForm {
        defect = defect == null ? "" : defect.strip();
        repairType = repairType == null ? "" : repairType.strip();
        priceBasis = blankToNull(priceBasis);
        loanTerms = blankToNull(loanTerms);
        handOverPlace = handOverPlace == null ? "" : handOverPlace.strip();
        extraServices = blankToNull(extraServices);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
