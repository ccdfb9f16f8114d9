package eu.reloop.handin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.reloop.directory.SiteDetails;

/**
 * When a site takes hand-ins: slots of {@link HandInProperties#slot()} inside its opening hours, in its local time,
 * each clock hour up to the site's number of hand-ins per hour, from now to the booking horizon.
 */
@Component
class HandInSlots {

    private final HandInRepository repository;
    private final HandInProperties properties;
    private final Clock clock;

    HandInSlots(HandInRepository repository, HandInProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    int perHour(UUID siteId) {
        return repository.capacity(siteId).orElse(properties.perHour());
    }

    /**
     * Why the slot cannot be booked at the site, as a message key, or empty when it can.
     *
     * @param moving the hand-in being moved, which does not count against the slot's hour
     */
    Optional<String> refusal(UUID siteId, SiteDetails site, Instant slotStart, @Nullable UUID moving) {
        Optional<String> untimely = untimely(site, slotStart);
        if (untimely.isPresent()) {
            return untimely;
        }
        Instant hour = hourOf(slotStart, site.timeZone());
        if (repository.bookedBetween(siteId, hour, hour.plus(Duration.ofHours(1)), moving) >= perHour(siteId)) {
            return Optional.of("handin.error.full");
        }
        return Optional.empty();
    }

    /**
     * The slots still free at the site on the days from {@code first} to {@code last} of its own, in its time zone,
     * earliest first; the bookings of all those days read at once.
     */
    List<ZonedDateTime> free(UUID siteId, SiteDetails site, LocalDate first, LocalDate last) {
        ZoneId zone = site.timeZone();
        ZonedDateTime slot = first.atStartOfDay(zone);
        Map<Instant, Long> bookedPerHour = repository.bookedSlots(siteId, slot.toInstant(),
                        last.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.groupingBy(booked -> hourOf(booked, zone), Collectors.counting()));
        int perHour = perHour(siteId);
        List<ZonedDateTime> free = new ArrayList<>();
        while (!slot.toLocalDate().isAfter(last)) {
            if (untimely(site, slot.toInstant()).isEmpty()
                    && bookedPerHour.getOrDefault(hourOf(slot.toInstant(), zone), 0L) < perHour) {
                free.add(slot);
            }
            slot = slot.plus(properties.slot());
        }
        return free;
    }

    /** Why the slot is no time to book, whoever else booked: past, too far ahead, not a slot, or closed. */
    private Optional<String> untimely(SiteDetails site, Instant slotStart) {
        ZoneId zone = site.timeZone();
        ZonedDateTime local = slotStart.atZone(zone);
        Instant now = clock.instant();
        if (!slotStart.isAfter(now)) {
            return Optional.of("handin.error.past");
        }
        if (local.toLocalDate().isAfter(LocalDate.ofInstant(now, zone).plus(properties.bookingHorizon()))) {
            return Optional.of("handin.error.too-far");
        }
        long slotMinutes = properties.slot().toMinutes();
        if (local.getSecond() != 0 || local.getNano() != 0 || (local.getHour() * 60L + local.getMinute()) % slotMinutes != 0) {
            return Optional.of("handin.error.not-a-slot");
        }
        Instant lastMinute = slotStart.plus(properties.slot()).minus(Duration.ofMinutes(1));
        if (!site.hours().isOpenAt(slotStart, zone) || !site.hours().isOpenAt(lastMinute, zone)) {
            return Optional.of("handin.error.closed");
        }
        return Optional.empty();
    }

    /** The start of the site's clock hour the instant lies in: a site's capacity counts per hour. */
    private static Instant hourOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }
}
