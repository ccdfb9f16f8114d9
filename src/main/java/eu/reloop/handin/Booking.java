package eu.reloop.handin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A hand-in to book: where, when the drop-off starts, and the devices (at most {@value #MAX_DEVICES}). */
public record Booking(
        @NotNull UUID siteId,
        @NotNull Instant slotStart,
        @NotNull @Size(min = 1, max = MAX_DEVICES) List<@Valid @NotNull DeviceBrought> devices) {

    public static final int MAX_DEVICES = 10;

    public Booking {
        devices = devices == null ? null : List.copyOf(devices);
    }
}
