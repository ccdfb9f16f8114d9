package eu.reloop.market;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * What a seller fills in to list a stamped item, or to change a listing. The price includes VAT; a
 * shipping price of null means the item is not shipped. Amounts are bounded here, before anything
 * computes with them.
 */
public record ListingDraft(
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String stampCode,
        @Nullable UUID siteId,
        @Size(min = TITLE_MIN_LENGTH, message = "{eu.reloop.market.ListingDraft.title.short}")
        @Size(max = TextLimits.NAME) @PrintableText String title,
        @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String description,
        @NotNull @Positive @DecimalMax(MAX_PRICE) @Digits(integer = PRICE_DIGITS, fraction = PRICE_DECIMALS) @Nullable BigDecimal price,
        String currency,
        boolean pickup,
        @PositiveOrZero @DecimalMax(MAX_PRICE) @Digits(integer = PRICE_DIGITS, fraction = PRICE_DECIMALS)
        @Nullable BigDecimal shippingPrice) {

    /** A title says what the item is: "TV" is too little. */
    static final int TITLE_MIN_LENGTH = 3;
    public static final String MAX_PRICE = "1000000";
    static final int PRICE_DIGITS = 7;
    public static final int PRICE_DECIMALS = 2;

    public ListingDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }
}
