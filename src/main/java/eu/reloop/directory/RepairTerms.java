package eu.reloop.directory;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * What a repairer says about its repairs in general, for the search filters of Article 7 of Directive (EU)
 * 2024/1799: how many days a repair typically takes (if it says), whether it lends a device meanwhile, how
 * devices reach it, and which extra services it offers. Each repair's own form says what binds.
 */
public record RepairTerms(@Nullable @Min(1) @Max(365) Integer typicalRepairDays, boolean loanDevice,
        Set<HandOver> handOver, Set<ExtraService> extraServices) {

    /** What an organisation that has said nothing is taken to offer: nothing beyond the repair itself. */
    public static final RepairTerms NONE = new RepairTerms(null, false, Set.of(), Set.of());

    public RepairTerms {
        handOver = handOver == null ? Set.of() : Set.copyOf(handOver);
        extraServices = extraServices == null ? Set.of() : Set.copyOf(extraServices);
    }
}
