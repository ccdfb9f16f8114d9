package eu.reloop.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.reloop.directory.Offering;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.RepairTerms;
import eu.reloop.directory.Site;

/**
 * One site of an organisation as {@code search-config/organisations.json} maps it: what the search filters
 * by, and what a hit shows (nothing else, so that a rebuild writes little). Opening hours are
 * stored so that Elasticsearch itself can answer "open now": weekly ranges in local minutes of the week
 * (which daylight saving cannot shift), the dates that have exceptions, and exceptional openings as
 * absolute time ranges. A certified organisation's document carries the end of its certificate, so that
 * expiry takes effect in search at that instant, before any update reaches the index. The name and the site's
 * name are searched as words; the stems are the {@link NordicTerms} of both and of the offered categories' names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganisationDocument(
        String organisationId,
        String siteId,
        String kind,
        String name,
        String siteName,
        String address,
        DocumentLocation location,
        Set<String> categories,
        Set<String> services,
        Set<String> offerings,
        String certification,
        @Nullable Long certifiedUntil,
        String timeZone,
        List<Range> weeklyOpen,
        List<String> exceptionDates,
        List<Range> specialOpen,
        @Nullable Integer typicalRepairDays,
        boolean loanDevice,
        Set<String> handOver,
        Set<String> extraServices,
        Set<String> stems) {

    /**
     * The version of what {@link #of} writes. Raise it with any change to a field or to how one is computed:
     * a full reindex then builds every document again instead of sending the stored ones.
     */
    static final int FORMAT = 3;

    /** Half-open: {@code gte} inclusive, {@code lt} exclusive; minutes for weekly, epoch millis for special. */
    record Range(long gte, long lt) {
    }

    static List<OrganisationDocument> of(OrganisationProfile profile, CategoryNames categoryNames) {
        return profile.sites().stream().map(site -> of(profile, site, categoryNames)).toList();
    }

    private static OrganisationDocument of(OrganisationProfile profile, Site site, CategoryNames categoryNames) {
        var organisation = profile.organisation();
        var details = site.details();
        OpeningHours hours = details.hours();
        Instant certifiedUntil = organisation.certification().certifiedUntil();
        RepairTerms terms = profile.repairTerms();
        Set<String> categories = mapped(details.offerings(), Offering::categoryCode);
        List<String> texts = new ArrayList<>(List.of(organisation.details().legalName(), details.name()));
        texts.addAll(categoryNames.of(categories));
        return new OrganisationDocument(
                organisation.id().toString(),
                site.id().toString(),
                organisation.kind().name(),
                organisation.details().legalName(),
                details.name(),
                details.address().oneLine(),
                DocumentLocation.of(details.location()),
                categories,
                mapped(details.offerings(), offering -> offering.service().name()),
                mapped(details.offerings(), offering -> offering.categoryCode() + "/" + offering.service().name()),
                organisation.certification().status().name(),
                certifiedUntil == null ? null : certifiedUntil.toEpochMilli(),
                details.timeZone().getId(),
                hours.weeklyMinuteRanges().stream().map(range -> new Range(range.from(), range.to())).toList(),
                hours.exceptionDates().stream().map(Object::toString).toList(),
                hours.specialOpenings(details.timeZone()).stream()
                        .map(period -> new Range(period.from().toEpochMilli(), period.to().toEpochMilli())).toList(),
                terms.typicalRepairDays(),
                terms.loanDevice(),
                names(terms.handOver()),
                names(terms.extraServices()),
                NordicTerms.of(texts));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> mapped(Set<Offering> offerings, java.util.function.Function<Offering, String> field) {
        return offerings.stream().map(field).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
