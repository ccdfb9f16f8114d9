package eu.reloop.search;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
        handOver = given(handOver);
        extraServices = given(extraServices);
    }

    /** The values asked for; a blank one in a query string arrives as null and asks for nothing. */
    private static <T> Set<T> given(@Nullable Set<T> values) {
        return values == null ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
