package eu.reloop.impact;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** What a recycled device's material fractions weighed, in kg; together they are its mass. */
public record Materials(@NotNull @DecimalMin("0") BigDecimal metalsKg, @NotNull @DecimalMin("0") BigDecimal plasticsKg,
        @NotNull @DecimalMin("0") BigDecimal glassKg, @NotNull @DecimalMin("0") BigDecimal otherKg) {

    public BigDecimal totalKg() {
        return metalsKg.add(plasticsKg).add(glassKg).add(otherKg);
    }
}
