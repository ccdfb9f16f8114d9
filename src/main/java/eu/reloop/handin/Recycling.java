package eu.reloop.handin;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.impact.Materials;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A device sent to recycling: the downstream recycler, its weight, and how much of it is metals, plastics, glass
 * and the rest, in grams (the fractions together weigh at most the device; what is not sorted is not counted).
 */
public record Recycling(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String recycler,
        @Min(1) @Max(MAX_GRAMS) int weightGrams,
        @Min(0) @Max(MAX_GRAMS) int metalsGrams,
        @Min(0) @Max(MAX_GRAMS) int plasticsGrams,
        @Min(0) @Max(MAX_GRAMS) int glassGrams,
        @Min(0) @Max(MAX_GRAMS) int otherGrams) {

    /** A tonne: nothing handed in over a counter weighs more. */
    public static final int MAX_GRAMS = 1_000_000;

    public Recycling {
        recycler = recycler == null ? null : recycler.strip();
    }

    public int sortedGrams() {
        return metalsGrams + plasticsGrams + glassGrams + otherGrams;
    }

    /** The fractions in kilograms for the impact figures; what was not sorted counts as other. */
    public Materials materials() {
        return new Materials(kilograms(metalsGrams), kilograms(plasticsGrams), kilograms(glassGrams),
                kilograms(otherGrams + weightGrams - sortedGrams()));
    }

    private static BigDecimal kilograms(int grams) {
        return BigDecimal.valueOf(grams, 3);
    }
}
