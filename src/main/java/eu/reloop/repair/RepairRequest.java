package eu.reloop.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.HandOver;
import eu.reloop.geo.GeoPoint;

/**
 * A consumer's request for repair and, once a form is accepted, the repair it became. {@code stampCode} is the
 * code of the device's quality stamp (without hyphens), when it has one in force; {@code statusAt} is when the
 * request reached its status.
 */
public record RepairRequest(UUID id, String consumerEmail, Locale consumerLocale, String category, String brand,
        String model, int purchaseYear, @Nullable String stampCode, String fault, HandOver handOver, GeoPoint location, @Nullable String address,
        Instant askedAt, RepairStatus status, Instant statusAt, @Nullable UUID acceptedOffer, @Nullable Instant handOverAt,
        @Nullable RepairOutcome outcome, @Nullable RepairBarrier barrier, @Nullable PartsUsed parts,
        @Nullable Integer warrantyMonths, @Nullable LocalDate repairedOn, List<UUID> photoIds) {

    public RepairRequest {
        photoIds = List.copyOf(photoIds);
    }

    /** The request as a repairer no longer in the running sees it: without where the consumer lives. */
    RepairRequest withoutAddress() {
        return new RepairRequest(id, consumerEmail, consumerLocale, category, brand, model, purchaseYear, stampCode,
                fault, handOver, location, null, askedAt, status, statusAt, acceptedOffer, handOverAt, outcome, barrier,
                parts, warrantyMonths, repairedOn, photoIds);
    }

    /** The last day the repair is under the repairer's warranty, once it is recorded. */
    public @Nullable LocalDate warrantyEndsOn() {
        return repairedOn == null || warrantyMonths == null ? null : repairedOn.plusMonths(warrantyMonths);
    }
}
