package eu.reloop.directory;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

/**
 * The directory: organisations and their sites. Staff change their own organisation, admins any; every
 * change is committed with an {@link OrganisationChanged} event that keeps search up to date.
 */
@Service
@Validated
public class Organisations {

    private final DirectoryRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CertificationRegistry registry;
    private final OrganisationStaff staff;
    private final UserAccounts accounts;
    private volatile @Nullable List<DeviceCategory> categories;

    Organisations(DirectoryRepository repository, ApplicationEventPublisher events, Clock clock,
            CertificationRegistry registry, OrganisationStaff staff, UserAccounts accounts) {
        this.repository = repository;
        this.staff = staff;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.registry = registry;
    }

    /** Admins register organisations until organisations can apply for themselves. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UUID register(OrganisationKind kind, @Valid OrganisationDetails details) {
        refuseIfNumberTaken(details, null);
        UUID id = repository.insertOrganisation(kind, details, clock.instant());
        events.publishEvent(new OrganisationChanged(id));
        return id;
    }

    /**
     * A signed-in person registers their organisation with its first site and becomes its owner. It is listed
     * at once, as not certified: certification stays the approval scheme's decision.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID registerOwn(OrganisationKind kind, @Valid OrganisationDetails details, @Valid SiteDetails firstSite) {
        // Publishing an organisation under a person's name needs an address that has been confirmed.
        accounts.requireConfirmedEmail();
        checkSite(firstSite);
        requireContact(details);
        refuseIfNumberTaken(details, null);
        UUID id;
        try {
            id = repository.insertOrganisation(kind, details, clock.instant());
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw RefusedException.onField("organisationNumber", "organisation.error.number-taken");
        }
        repository.insertSite(id, firstSite, clock.instant());
        staff.founded(id, kind);
        events.publishEvent(new OrganisationChanged(id));
        return id;
    }

    /** Checks a new organisation's details before its first site is asked for; saves nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void checkNew(@Valid OrganisationDetails details) {
        requireContact(details);
        refuseIfNumberTaken(details, null);
    }

    /** A new organisation gives a way to reach it: its owners' invitations and notices go out in its name. */
    private static void requireContact(OrganisationDetails details) {
        List<RefusedException.Reason> missing = new ArrayList<>();
        if (details.email() == null) {
            missing.add(new RefusedException.Reason("email", "organisation.error.email-required", List.of()));
        }
        if (details.phone() == null) {
            missing.add(new RefusedException.Reason("phone", "organisation.error.phone-required", List.of()));
        }
        if (!missing.isEmpty()) {
            throw new RefusedException(missing);
        }
    }

    /**
     * The organisation registered under the number in these details, if it is taken, so that the person
     * registering can ask its owners for access instead. An invalid number is nobody's.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> registeredUnder(OrganisationDetails details) {
        return repository.organisationWithNumber(details.country(), details.organisationNumber(), null);
    }

    @Transactional
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public void update(UUID organisationId, @Valid OrganisationDetails details) {
        refuseIfNumberTaken(details, organisationId);
        if (!repository.updateOrganisation(organisationId, details, clock.instant())) {
            throw unknown(organisationId);
        }
        events.publishEvent(new OrganisationChanged(organisationId));
    }

    /** What a repairer says about its repairs in general, which the organisation search filters by; a repairer only. */
    @Transactional
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public void setRepairTerms(UUID organisationId, @Valid RepairTerms terms) {
        Organisation organisation = repository.organisation(organisationId).orElseThrow(() -> unknown(organisationId));
        if (organisation.kind() != OrganisationKind.REPAIRER) {
            throw RefusedException.because("organisation.error.not-a-repairer");
        }
        repository.touch(organisationId, clock.instant());
        repository.saveRepairTerms(organisationId, terms);
        events.publishEvent(new OrganisationChanged(organisationId));
    }

    /**
     * The certificate registry changed this organisation's standing (or its certificate ran out): marks
     * the organisation changed, so that search shows the new badge and filter. Changes nothing else.
     */
    @Transactional
    public void certificationChanged(UUID organisationId) {
        if (!repository.touch(organisationId, clock.instant())) {
            throw unknown(organisationId);
        }
        events.publishEvent(new OrganisationChanged(organisationId));
    }

    @Transactional
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public UUID addSite(UUID organisationId, @Valid SiteDetails site) {
        checkSite(site);
        UUID id = repository.insertSite(organisationId, site, clock.instant());
        changed(organisationId);
        return id;
    }

    @Transactional
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public void updateSite(UUID organisationId, UUID siteId, @Valid SiteDetails site) {
        checkSite(site);
        // The organisation is part of the match, so a site id of another organisation changes nothing.
        if (!repository.updateSite(organisationId, siteId, site)) {
            throw unknown(organisationId);
        }
        changed(organisationId);
    }

    @Transactional
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public void removeSite(UUID organisationId, UUID siteId) {
        if (!repository.deleteSite(organisationId, siteId)) {
            throw unknown(organisationId);
        }
        changed(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationProfile> profile(UUID organisationId) {
        return profiles(List.of(organisationId)).stream().findFirst();
    }

    /** Profiles in the order of the ids given, unknown ids left out, each with its standing in the registry now. */
    @Transactional(readOnly = true)
    public List<OrganisationProfile> profiles(Collection<UUID> organisationIds) {
        return withCertification(repository.findProfiles(organisationIds));
    }

    /** The organisations with these ids, by name as the reader's language sorts names (the "my ..." pages). */
    @Transactional(readOnly = true)
    public List<Organisation> byName(Collection<UUID> organisationIds, Locale locale) {
        Collator byName = Collator.getInstance(locale);
        return profiles(organisationIds).stream().map(OrganisationProfile::organisation)
                .sorted(Comparator.comparing(organisation -> organisation.details().legalName(), byName)).toList();
    }

    /** Sites by id, with their organisation's name and standing now; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, SitePlace> sitePlaces(Collection<UUID> siteIds) {
        List<SitePlace> places = repository.findSitePlaces(siteIds);
        Map<UUID, CertificationStanding> standings = registry.standings(
                places.stream().map(SitePlace::organisationId).distinct().toList());
        Map<UUID, SitePlace> bySite = new HashMap<>();
        places.forEach(place -> bySite.put(place.siteId(), new SitePlace(place.siteId(), place.organisationId(),
                place.organisationName(), place.siteName(), place.location(), place.street(), place.postcode(),
                place.town(), place.country(),
                standings.getOrDefault(place.organisationId(), CertificationStanding.NOT_CERTIFIED),
                place.organisationUpdatedAt())));
        return bySite;
    }

    /** Walks the whole directory in batches, for a full reindex. */
    @Transactional(readOnly = true)
    public void forEachBatch(int batchSize, Consumer<List<OrganisationProfile>> consumer) {
        @Nullable UUID after = null;
        List<UUID> ids;
        while (!(ids = repository.organisationIdsAfter(after, batchSize)).isEmpty()) {
            consumer.accept(withCertification(repository.findProfiles(ids)));
            after = ids.getLast();
        }
    }

    /** How many sites the directory holds, all organisations together. */
    @Transactional(readOnly = true)
    public long siteCount() {
        return repository.siteCount();
    }

    /** Every organisation's last change (its {@code updatedAt}) to the millisecond, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, Instant> lastChanges() {
        return repository.lastChanges();
    }

    @Transactional(readOnly = true)
    public List<UUID> changedSince(Instant since) {
        return repository.organisationIdsUpdatedSince(since);
    }

    /**
     * The device-category taxonomy. Reference data that only migrations change, so it is read once;
     * every search that filters by category asks for it.
     */
    public List<DeviceCategory> categories() {
        List<DeviceCategory> loaded = categories;
        if (loaded == null) {
            loaded = repository.categories();
            categories = loaded;
        }
        return loaded;
    }

    /** The number itself is checked on {@link OrganisationDetails}; whether another organisation has it, here. */
    private void refuseIfNumberTaken(OrganisationDetails details, @Nullable UUID organisationId) {
        if (repository.organisationWithNumber(details.country(), details.organisationNumber(), organisationId).isPresent()) {
            throw RefusedException.onField("organisationNumber", "organisation.error.number-taken");
        }
    }

    private void checkSite(SiteDetails site) {
        if (!OrganisationNumber.COUNTRIES.contains(site.address().country())) {
            throw RefusedException.onField("country", "site.error.country-required");
        }
        List<String> known = repository.categories().stream().map(DeviceCategory::code).toList();
        if (site.offerings().stream().anyMatch(offering -> !known.contains(offering.categoryCode()))) {
            throw RefusedException.onField("offerings", "site.error.unknown-category");
        }
    }

    private static UnknownRecordException unknown(UUID organisationId) {
        return new UnknownRecordException("No organisation (or site of it) " + organisationId);
    }

    private void changed(UUID organisationId) {
        repository.touch(organisationId, clock.instant());
        events.publishEvent(new OrganisationChanged(organisationId));
    }

    private List<OrganisationProfile> withCertification(List<OrganisationProfile> profiles) {
        if (profiles.isEmpty()) {
            return profiles;
        }
        Map<UUID, CertificationStanding> standings = registry.standings(
                profiles.stream().map(profile -> profile.organisation().id()).toList());
        return profiles.stream().map(profile -> new OrganisationProfile(
                profile.organisation().withCertification(
                        standings.getOrDefault(profile.organisation().id(), CertificationStanding.NOT_CERTIFIED)),
                profile.sites(), profile.repairTerms())).toList();
    }
}
