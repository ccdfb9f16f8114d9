package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OrganisationChanged;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.SitePlace;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.payment.Payments;
import eu.reloop.shared.Photo;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampRevoked;
import eu.reloop.stamp.Stamps;

/**
 * Listings of stamped items. Only a centre certified as a reuse centre for the item's category lists an
 * item, and only while its stamp is in force; a revoked stamp takes the listing off sale at once, and a
 * seller that loses its certificate drops out of search the moment it does (see {@link ListingForSearch}).
 */
@Service
@Validated
public class Listings {

    static final String STAFF = "@organisationAccess.canManage(#organisationId)";
    public static final Set<String> CURRENCIES = Set.of("NOK", "DKK", "SEK", "EUR");
    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final ListingRepository repository;
    private final Stamps stamps;
    private final Certificates certificates;
    private final Organisations organisations;
    private final OrganisationAccess access;
    private final Payments payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * The currency a seller in that country prices in and buyers near it compare in: Norway, Denmark and
     * Sweden keep their crowns; elsewhere (Finland; Iceland, whose crown the market does not take) euros.
     */
    public static String currencyOf(String country) {
        String national = Currency.getInstance(Locale.of("", country)).getCurrencyCode();
        return CURRENCIES.contains(national) ? national : "EUR";
    }

    Listings(ListingRepository repository, Stamps stamps, Certificates certificates, Organisations organisations,
            OrganisationAccess access, Payments payments, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.stamps = stamps;
        this.certificates = certificates;
        this.organisations = organisations;
        this.access = access;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    /** Lists a stamped item of the centre's for sale; refuses, saving nothing, with the first thing to fix. */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID list(UUID organisationId, @Valid ListingDraft draft) {
        Stamp stamp = stamps.stamp(readCode(draft.stampCode()))
                .filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> RefusedException.onField("stampCode", "listing.error.stamp"));
        requireSellable(organisationId, stamp.code(), stamp.report().item().category());
        if (repository.sold(stamp.code().value())) {
            throw RefusedException.onField("stampCode", "listing.error.sold");
        }
        UUID siteId = checked(organisationId, draft);
        try {
            UUID id = repository.insert(organisationId, stamp, draft, siteId, clock.instant());
            events.publishEvent(new ListingChanged(id));
            return id;
        } catch (DuplicateKeyException alreadyListed) {
            throw RefusedException.onField("stampCode", "listing.error.already-listed");
        }
    }

    /** Changes what the seller wrote; not while a checkout holds the item or after it is sold. */
    @Transactional
    @PreAuthorize(STAFF)
    public void update(UUID organisationId, UUID listingId, @Valid ListingDraft draft) {
        Listing listing = editable(organisationId, listingId);
        UUID siteId = checked(organisationId, draft);
        repository.update(listing.id(), draft, siteId, clock.instant());
        events.publishEvent(new ListingChanged(listingId));
    }

    /** Takes the listing off the market for good (the item can be listed again as a new listing). */
    @Transactional
    @PreAuthorize(STAFF)
    public void withdraw(UUID organisationId, UUID listingId) {
        editable(organisationId, listingId);
        repository.setStatus(listingId, ListingStatus.WITHDRAWN, null, clock.instant());
        events.publishEvent(new ListingChanged(listingId));
    }

    /** Puts a listing the market took off sale back on sale, once its stamp and the centre's certificate allow. */
    @Transactional
    @PreAuthorize(STAFF)
    public void relist(UUID organisationId, UUID listingId) {
        Listing listing = owned(organisationId, listingId);
        if (listing.status() != ListingStatus.OFF_SALE) {
            throw RefusedException.because("listing.error.not-off-sale");
        }
        requireSellable(organisationId, new StampCode(listing.stampCode()), listing.category());
        repository.setStatus(listingId, ListingStatus.ON_SALE, null, clock.instant());
        events.publishEvent(new ListingChanged(listingId));
    }

    @Transactional
    @PreAuthorize(STAFF)
    public UUID attachPhoto(UUID organisationId, UUID listingId, byte[] content) {
        Listing listing = owned(organisationId, listingId);
        String contentType = Photo.contentTypeOf(content, MAX_PHOTO_BYTES, "photos", "listing.error");
        UUID photoId = repository.insertPhoto(listing.id(), contentType, content, clock.instant());
        events.publishEvent(new ListingChanged(listingId));
        return photoId;
    }

    @Transactional
    @PreAuthorize(STAFF)
    public void removePhoto(UUID organisationId, UUID listingId, UUID photoId) {
        owned(organisationId, listingId);
        if (!repository.deletePhoto(listingId, photoId)) {
            throw new UnknownRecordException("No photo with id " + photoId);
        }
        events.publishEvent(new ListingChanged(listingId));
    }

    /** A listing as anyone may see it: on sale, or (for its seller) in any state. */
    @Transactional(readOnly = true)
    public Optional<Listing> listing(UUID listingId) {
        return repository.find(listingId)
                .filter(listing -> listing.status() == ListingStatus.ON_SALE || access.canManage(listing.organisationId()));
    }

    /** A listing's photo, for whoever may see the listing. */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(UUID listingId, UUID photoId) {
        return listing(listingId).flatMap(listing -> repository.photo(listingId, photoId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Listing> listingsOf(UUID organisationId) {
        return repository.ofOrganisation(organisationId);
    }

    /** The centre's stamps in force that no live listing offers yet: what it may list now. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Stamp> listableStamps(UUID organisationId) {
        // A sold item is not listed again; if it comes back as a return, its old listing is relisted.
        Set<String> listed = repository.ofOrganisation(organisationId).stream()
                .filter(listing -> listing.status() != ListingStatus.WITHDRAWN)
                .map(Listing::stampCode).collect(Collectors.toSet());
        return stamps.inForceOf(organisationId).stream().filter(stamp -> !listed.contains(stamp.code().value())).toList();
    }

    /** Whether the listing can be bought now: on sale, stamp in force, seller certified for the category. */
    @Transactional(readOnly = true)
    public boolean sellable(Listing listing) {
        return listing.status() == ListingStatus.ON_SALE && stamps.inForce(new StampCode(listing.stampCode()))
                && certificates.isCertifiedFor(listing.organisationId(), CertificateKind.REUSE_CENTRE, listing.category());
    }

    /** The listings with these ids as the search index holds them; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<ListingForSearch> forSearch(Collection<UUID> listingIds) {
        return forSearch(repository.findAll(listingIds), new HashMap<>());
    }

    /**
     * Walks every listing, a batch at a time, for a full reindex. A site has many listings, so each site's
     * place and seller standing is read once for the whole walk.
     */
    @Transactional(readOnly = true)
    public void forEachBatchForSearch(int batchSize, Consumer<List<ListingForSearch>> consumer) {
        Map<UUID, SitePlace> places = new HashMap<>();
        repository.forEachBatch(batchSize, batch -> consumer.accept(forSearch(batch, places)));
    }

    @Transactional(readOnly = true)
    public List<UUID> changedSince(Instant since) {
        return repository.changedSince(since);
    }

    /** A revoked stamp's listing leaves the market at once; the seller cannot put it back. */
    @ApplicationModuleListener
    void on(StampRevoked revoked) {
        for (UUID listingId : repository.liveOfStamp(revoked.code())) {
            repository.setStatus(listingId, ListingStatus.WITHDRAWN, "listing.off-sale.stamp-revoked", clock.instant());
            events.publishEvent(new ListingChanged(listingId));
        }
    }

    /** The seller's name, sites or certificate changed: its listings are indexed again with what is true now. */
    @ApplicationModuleListener
    void on(OrganisationChanged changed) {
        repository.liveOfOrganisation(changed.organisationId())
                .forEach(listingId -> events.publishEvent(new ListingChanged(listingId)));
    }

    /** The listings for search, reading the places of the sites not in {@code places} yet into it. */
    private List<ListingForSearch> forSearch(List<Listing> listings, Map<UUID, SitePlace> places) {
        places.putAll(organisations.sitePlaces(listings.stream().map(Listing::siteId).distinct()
                .filter(siteId -> !places.containsKey(siteId)).toList()));
        return listings.stream().map(listing -> {
            @Nullable SitePlace place = places.get(listing.siteId());
            return place == null ? null : forSearch(listing, place);
        }).filter(Objects::nonNull).toList();
    }

    private static ListingForSearch forSearch(Listing listing, SitePlace place) {
        boolean certified = place.standing().status() == CertificationStatus.CERTIFIED;
        return new ListingForSearch(listing.id(), listing.organisationId(), place.organisationName(), place.siteId(),
                place.location(), place.town(), place.country(), listing.stampCode(), listing.title(),
                listing.description(), listing.category(), listing.brand(), listing.model(), listing.grade().name(),
                listing.price().amount(), listing.price().currency().getCurrencyCode(), listing.pickup(),
                listing.shippingPrice() == null ? null : listing.shippingPrice().amount(), listing.batteryHealthPercent(),
                listing.photoIds(), listing.heldUntil(), certified ? place.standing().certifiedUntil() : null, listing.listedAt(),
                latest(listing.updatedAt(), place.organisationUpdatedAt()),
                listing.status() == ListingStatus.ON_SALE && certified);
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private void requireSellable(UUID organisationId, StampCode code, String category) {
        if (!stamps.inForce(code)) {
            throw RefusedException.onField("stampCode", "listing.error.stamp-revoked");
        }
        if (!certificates.isCertifiedFor(organisationId, CertificateKind.REUSE_CENTRE, category)) {
            throw RefusedException.because("listing.error.not-certified");
        }
    }

    /**
     * Checks what the draft's own rules cannot (it was validated on the way in); returns the pickup site,
     * which must be one of the centre's own.
     */
    private UUID checked(UUID organisationId, ListingDraft draft) {
        if (!CURRENCIES.contains(draft.currency())) {
            throw RefusedException.onField("currency", "listing.error.currency");
        }
        if (!draft.pickup() && draft.shippingPrice() == null) {
            throw RefusedException.onField("pickup", "listing.error.delivery");
        }
        // A shipped item cannot be paid at a counter: shipping needs a Stripe account that takes charges.
        if (draft.shippingPrice() != null && !payments.canTakeCharges(organisationId)) {
            throw RefusedException.onField("shippingPrice", "listing.error.shipping-needs-online");
        }
        UUID siteId = draft.siteId();
        boolean ownSite = siteId != null && Optional.ofNullable(organisations.sitePlaces(List.of(siteId)).get(siteId))
                .filter(place -> place.organisationId().equals(organisationId)).isPresent();
        if (!ownSite) {
            throw RefusedException.onField("siteId", "listing.error.site");
        }
        return siteId;
    }

    private Listing owned(UUID organisationId, UUID listingId) {
        return repository.find(listingId).filter(listing -> listing.organisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No listing with id " + listingId));
    }

    /** A listing its seller may still change: live, and not held by a checkout. */
    private Listing editable(UUID organisationId, UUID listingId) {
        Listing listing = owned(organisationId, listingId);
        if (listing.status() != ListingStatus.ON_SALE && listing.status() != ListingStatus.OFF_SALE) {
            throw RefusedException.because("listing.error.closed");
        }
        if (listing.heldAt(clock.instant())) {
            throw RefusedException.because("listing.error.held");
        }
        return listing;
    }

    private static StampCode readCode(String typed) {
        return StampCode.parse(typed).orElseThrow(() -> RefusedException.onField("stampCode", "listing.error.stamp"));
    }
}
