package eu.reloop.handin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.UnknownRecordException;

/**
 * A booked hand-in with its devices. The owner's e-mail and name are null once the account is deleted; only the
 * owner and the receiving site get a hand-in ({@link #forSite()}), a centre it is handed over to a
 * {@link HandOverToConfirm}.
 */
public record HandIn(UUID id, HandInCode code, UUID siteId, UUID organisationId, String siteName, String siteAddress,
        ZoneId siteTimeZone,
        @Nullable String ownerEmail, @Nullable String ownerName, String ownerLanguage, Instant slotStart,
        HandInStatus status, Instant bookedAt, @Nullable Instant receivedAt, List<HandInDevice> devices) {

    public HandIn {
        devices = List.copyOf(devices);
    }

    /** The language the owner booked in: their certificates and mail are written in it. */
    public Locale ownerLocale() {
        return Locale.forLanguageTag(ownerLanguage);
    }

    /** One of its devices; unknown when it is none of them. */
    public HandInDevice device(UUID deviceId) {
        return devices.stream().filter(device -> device.id().equals(deviceId)).findFirst()
                .orElseThrow(() -> new UnknownRecordException("No device " + deviceId + " in hand-in " + id));
    }

    /** Whether the owner may still move or cancel it. */
    public boolean changeable() {
        return status == HandInStatus.BOOKED;
    }

    /** Whether every device's outcome is recorded: from then on the site no longer sees who brought them. */
    public boolean settled() {
        return status == HandInStatus.RECEIVED && devices.stream().allMatch(device -> device.outcome() != null);
    }

    /** As the receiving site sees it: never the owner's e-mail, and their name only until the outcomes are recorded. */
    HandIn forSite() {
        return new HandIn(id, code, siteId, organisationId, siteName, siteAddress, siteTimeZone, null,
                settled() ? null : ownerName, ownerLanguage, slotStart, status, bookedAt, receivedAt, devices);
    }
}
