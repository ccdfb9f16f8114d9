package eu.reloop.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One device category's row of a factor table: the CO2e of making and distributing a new one, what it typically weighs,
 * the share of a new purchase a reuse or repair displaces, and where the figures come from. {@code PROXY} marks a row
 * borrowed from a neighbouring category or scaled by weight, for want of a source for the category itself.
 */
public record ImpactFactor(String category, BigDecimal productionKgCo2e, BigDecimal typicalWeightKg,
        BigDecimal displacement, String source, int sourceYear, Quality quality) {

    public enum Quality {
        SOURCED, PROXY
    }

    /** Avoided by one reuse or repair: the production footprint times the displacement. */
    public BigDecimal avoidedKgCo2e() {
        return productionKgCo2e.multiply(displacement).setScale(3, RoundingMode.HALF_UP);
    }
}
