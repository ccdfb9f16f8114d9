package eu.reloop.search;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;

/**
 * The repair platform's filters of Article 7 of Directive (EU) 2024/1799, each optional: repairers that take
 * requests and answer with the repair information form online (certified repairers on ReLoop), a typical repair
 * time of at most so many days, a loan device, every hand-over option and every extra service asked for.
 */
public record RepairFilters(boolean repairFormOnline, @Nullable @Min(1) @Max(365) Integer maxRepairDays,
        boolean loanDevice, Set<HandOver> handOver, Set<ExtraService> extraServices) {

    /** No repair filter: every organisation the rest of the query finds. */
    public static final RepairFilters NONE = new RepairFilters(false, null, false, Set.of(), Set.of());

    public RepairFilters {
        handOver = handOver == null ? Set.of() : Set.copyOf(handOver);
        extraServices = extraServices == null ? Set.of() : Set.copyOf(extraServices);
    }
}
