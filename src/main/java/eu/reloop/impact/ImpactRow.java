package eu.reloop.impact;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The finest grain the impact figures are published in: one month, one town (with its region and country, and where it
 * lies), one kind, one device category and one factor version. Every total on a page is a sum of these rows; nothing in
 * them names a person or an organisation. The material fractions are for recycling only.
 */
public record ImpactRow(String month, String country, String region, String municipality, double latitude,
        double longitude, ImpactKind kind, String category, int factorVersion, long items, BigDecimal kgCo2e,
        BigDecimal kgWaste, BigDecimal massKg, @Nullable BigDecimal metalsKg, @Nullable BigDecimal plasticsKg,
        @Nullable BigDecimal glassKg, @Nullable BigDecimal otherKg) {
}
