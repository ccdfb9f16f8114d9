package eu.reloop.handin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.directory.SitePlace;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.CustodyLog;
import eu.reloop.stamp.StampEvent;

/**
 * The owner's side of a hand-in: find a site near them that erases data for their kinds of device, book a slot in
 * its opening hours, and move or cancel the booking until the site receives it. Booking needs a confirmed e-mail
 * address, as the receipt and the certificates go there.
 */
@Service
@Validated
public class HandIns {

    private static final int SITES_SHOWN = 20;
    private static final double SEARCH_RADIUS_KM = 50;
    /** The most days {@link #firstDayWithFreeSlots} looks at: the booking horizon's default. */
    public static final int MAX_DAYS_LOOKED_AT = 60;

    private final HandInRepository repository;
    private final HandInSlots slots;
    private final Organisations organisations;
    private final OrganisationSearch search;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Custody custody;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    HandIns(HandInRepository repository, HandInSlots slots, Organisations organisations, OrganisationSearch search,
            UserAccounts accounts, Notifications notifications, Custody custody, Clock clock) {
        this.custody = custody;
        this.repository = repository;
        this.slots = slots;
        this.organisations = organisations;
        this.search = search;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sites within 50 km that erase data of the category, nearest first. */
    public List<OrganisationHit> sitesNear(@NotNull GeoPoint origin, @NotNull String category) {
        return search.search(new OrganisationQuery(origin, SEARCH_RADIUS_KM, category, OfferedService.DATA_ERASURE, false,
                false, 0, SITES_SHOWN)).hits();
    }

    /** The slots still free at the site on a date of the site's, in its time zone. */
    @Transactional(readOnly = true)
    public List<ZonedDateTime> freeSlots(@NotNull UUID siteId, @NotNull LocalDate date) {
        return slots.free(siteId, site(siteId).details(), date, date);
    }

    /** The first of the {@code days} days from {@code from} on (dates of the site's) with a free slot at the site. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDayWithFreeSlots(@NotNull UUID siteId, @NotNull LocalDate from,
            @Min(1) @Max(MAX_DAYS_LOOKED_AT) int days) {
        return slots.free(siteId, site(siteId).details(), from, from.plusDays(days - 1L)).stream().findFirst()
                .map(ZonedDateTime::toLocalDate);
    }

    /**
     * Books a hand-in for the signed-in person and e-mails them its receipt.
     *
     * @param language what their certificates will be written in
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public HandIn book(@Valid Booking booking, @NotNull Locale language) {
        accounts.requireConfirmedEmail();
        Site site = site(booking.siteId());
        requireErasureFor(site, booking);
        repository.lockSite(site.id());
        requireFree(site, booking.slotStart(), null);
        String owner = owner();
        UUID id = insertWithFreshCode(site, owner, booking, Translations.supported(language));
        HandIn handIn = repository.find(id).orElseThrow();
        custody.record(handIn, StampEvent.HANDIN_BOOKED, Map.of("site", site.id().toString()));
        notifications.notifyPerson(owner, handIn.ownerLocale(), "handin.mail.booked", List.of(handIn.code().display(), handIn.siteName(),
                handIn.siteAddress(), when(handIn)), HandInLinks.receipt(id));
        return handIn;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void move(@NotNull UUID handInId, @NotNull Instant slotStart) {
        HandIn handIn = ownChangeable(handInId);
        Site site = site(handIn.siteId());
        repository.lockSite(site.id());
        requireFree(site, slotStart, handInId);
        repository.move(handInId, slotStart);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(@NotNull UUID handInId) {
        repository.cancel(ownChangeable(handInId).id(), clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HandIn> mine() {
        return repository.ofOwner(owner());
    }

    /** One of the signed-in person's hand-ins; anyone else's is as unknown as one that does not exist. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public HandIn mine(@NotNull UUID handInId) {
        String owner = owner();
        return repository.find(handInId).filter(handIn -> owner.equals(handIn.ownerEmail()))
                .orElseThrow(() -> unknown(handInId));
    }

    /**
     * The chain of custody of every device of the hand-ins, by device id, as the registry's log keeps it, in one read:
     * for their owner, to whom anyone else's hand-in is unknown.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, List<CustodyLog.Step>> custodyOf(@NotNull Collection<UUID> handInIds) {
        Map<UUID, HandIn> mine = repository.ofOwner(owner()).stream()
                .collect(Collectors.toMap(HandIn::id, Function.identity()));
        List<HandInDevice> devices = new ArrayList<>();
        for (UUID handInId : handInIds) {
            HandIn handIn = mine.get(handInId);
            if (handIn == null) {
                throw unknown(handInId);
            }
            devices.addAll(handIn.devices());
        }
        return custody.steps(devices);
    }

    /** The categories a device may be of, in the taxonomy's order. */
    public List<DeviceCategory> categories() {
        return organisations.categories();
    }

    private HandIn ownChangeable(UUID handInId) {
        String owner = owner();
        HandIn handIn = repository.lock(handInId).filter(found -> owner.equals(found.ownerEmail()))
                .orElseThrow(() -> unknown(handInId));
        if (!handIn.changeable()) {
            throw RefusedException.because("handin.error.not-changeable");
        }
        return handIn;
    }

    private void requireFree(Site site, Instant slotStart, UUID moving) {
        slots.refusal(site.id(), site.details(), slotStart, moving).ifPresent(key -> {
            throw RefusedException.onField("slotStart", key);
        });
    }

    private static void requireErasureFor(Site site, Booking booking) {
        for (DeviceBrought device : booking.devices()) {
            if (!site.details().offerings().contains(new Offering(device.category(), OfferedService.DATA_ERASURE))) {
                throw RefusedException.onField("siteId", "handin.error.no-erasure-for");
            }
        }
    }

    /**
     * 32^6 codes: a clash is rare but possible, so a code is drawn until it is free. Asked first, not caught after: a
     * failed insert would end the whole transaction in PostgreSQL.
     */
    private UUID insertWithFreshCode(Site site, String owner, Booking booking, Locale language) {
        HandInCode code;
        do {
            code = HandInCode.generate(random);
        } while (repository.codeTaken(code));
        return repository.insert(code, site, owner, accounts.currentDisplayName(), language.getLanguage(),
                booking.slotStart(), booking.devices(), clock.instant());
    }

    /** A hand-in of the organisation's, received and locked, for the desk's and the outcomes' next step. */
    HandIn lockReceived(UUID organisationId, UUID handInId) {
        HandIn handIn = repository.lock(handInId).filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No hand-in " + handInId + " at this organisation's sites"));
        if (handIn.status() != HandInStatus.RECEIVED) {
            throw RefusedException.because("handin.error.not-received");
        }
        return handIn;
    }

    /** The organisation's legal name, as certificates and notices name it. */
    String organisationName(UUID organisationId) {
        return organisations.profile(organisationId).orElseThrow().organisation().details().legalName();
    }

    /** The site, which must exist; a site no one can find is unknown. */
    Site site(UUID siteId) {
        Map<UUID, SitePlace> places = organisations.sitePlaces(List.of(siteId));
        SitePlace place = places.get(siteId);
        if (place == null) {
            throw new UnknownRecordException("No site " + siteId);
        }
        return organisations.profile(place.organisationId()).orElseThrow().sites().stream()
                .filter(site -> site.id().equals(siteId)).findFirst()
                .orElseThrow(() -> new UnknownRecordException("No site " + siteId));
    }

    /** The booked time at the site, written the way its owner reads dates. */
    static String when(HandIn handIn) {
        return LocalizedFormats.dateTime(handIn.slotStart().atZone(handIn.siteTimeZone()), handIn.ownerLocale());
    }

    private static String owner() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static UnknownRecordException unknown(UUID handInId) {
        return new UnknownRecordException("No hand-in " + handInId + " of yours");
    }
}
