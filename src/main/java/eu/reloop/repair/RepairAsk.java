package eu.reloop.repair;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.HandOver;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * What a consumer asks repairers: the device (a category of the directory's, brand, model, year of purchase, and
 * the code of its quality stamp if it has one, as typed), the fault, how it is to be handed over, where the consumer is (for distances; a pickup or a home repair
 * also needs the address), and the one to three repairers to ask. Photos follow once the request exists.
 */
public record RepairAsk(
        @NotBlank @Size(max = TextLimits.LABEL) String category,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String brand,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String model,
        @NotNull @Min(RepairAsk.EARLIEST_YEAR) @Max(RepairAsk.LATEST_YEAR) @Nullable Integer purchaseYear,
        @Nullable @Size(max = TextLimits.LABEL) @PrintableText String stampCode,
        @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String fault,
        @NotNull @Nullable HandOver handOver,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
        @Nullable @Size(max = TextLimits.ADDRESS) @PrintableText String address,
        @NotNull @Size(min = 1, max = RepairAsk.MAX_REPAIRERS, message = "{eu.reloop.repair.RepairAsk.repairers}")
        Set<UUID> repairers) {

    public static final int MAX_REPAIRERS = 3;
    static final int EARLIEST_YEAR = 1970;
    /** A bound for the rule; the service refuses a year after this one. */
    static final int LATEST_YEAR = 2200;

    public RepairAsk {
        brand = brand == null ? "" : brand.strip();
        model = model == null ? "" : model.strip();
        stampCode = stampCode == null || stampCode.isBlank() ? null : stampCode.strip();
        fault = fault == null ? "" : fault.strip();
        address = address == null || address.isBlank() ? null : address.strip();
        repairers = repairers == null ? Set.of() : Set.copyOf(repairers);
    }
}
