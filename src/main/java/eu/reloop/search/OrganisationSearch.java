package eu.reloop.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.RepairTerms;
import eu.reloop.directory.SiteTimeZones;
import eu.reloop.geo.GeoPoint;

/** Finds repairers, reuse centres and collection points near a point, nearest first. */
@Service
@Validated
public class OrganisationSearch {

    private static final String OPEN_NOW = "open-now";
    /** What a hit shows; the opening hours and offerings in a document are only searched. */
    private static final List<String> HIT_FIELDS = List.of("organisationId", "siteId", "kind", "name", "siteName",
            "address", "location", "certification", "certifiedUntil", "categories", "services", "typicalRepairDays",
            "loanDevice", "handOver", "extraServices");

    /** Words are searched in the organisation's and the site's names, and half-typed ones too. */
    private static final TextQueries.Fields TEXT = new TextQueries.Fields(List.of("name", "siteName"),
            List.of("name", "siteName"));

    private final ElasticsearchClient client;
    private final Clock clock;

    OrganisationSearch(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public SearchPage<OrganisationHit> search(@Valid OrganisationQuery query) {
        return search(query, clock.instant());
    }

    /** The search as it would answer at {@code now}, which decides "open now". */
    SearchPage<OrganisationHit> search(OrganisationQuery query, Instant now) {
        return search(query, now, TextQueries.Matching.STEMMED);
    }

    /** The search as it would answer at {@code now}, with its words matched as {@code matching} says. */
    SearchPage<OrganisationHit> search(OrganisationQuery query, Instant now, TextQueries.Matching matching) {
        SearchRequest request = request(query, now, matching);
        try {
            SearchResponse<OrganisationDocument> response = client.search(request, OrganisationDocument.class);
            List<OrganisationHit> hits = response.hits().hits().stream().map(hit -> hit(hit, now)).toList();
            return SearchPage.of(hits, response.hits().total(), query.page(), query.size());
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /** The request as it goes to Elasticsearch; the benchmark sends the same one directly. */
    SearchRequest request(OrganisationQuery query, Instant now) {
        return request(query, now, TextQueries.Matching.STEMMED);
    }

    private SearchRequest request(OrganisationQuery query, Instant now, TextQueries.Matching matching) {
        GeoPoint origin = query.origin();
        Query openNow = openNow(now);
        return SearchRequest.of(s -> s
                .index(SearchIndex.ORGANISATIONS.alias())
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(source -> source.filter(f -> f.includes(HIT_FIELDS)))
                .query(q -> q.bool(b -> {
                    b.filter(GeoQueries.within(origin, query.radiusKm()));
                    if (query.certifiedOnly()) {
                        certifiedAt(b, now);
                    }
                    if (query.category() != null && query.service() != null) {
                        b.filter(f -> f.term(t -> t.field("offerings").value(query.category() + "/" + query.service().name())));
                    } else if (query.category() != null) {
                        b.filter(f -> f.term(t -> t.field("categories").value(query.category())));
                    } else if (query.service() != null) {
                        b.filter(f -> f.term(t -> t.field("services").value(query.service().name())));
                    }
                    repairFilters(b, query.repair(), now);
                    if (query.text() != null) {
                        b.filter(TextQueries.everyWord(query.text(), TEXT, matching));
                    }
                    // Named either way, so every hit says whether it is open now.
                    return query.openNow() ? b.filter(openNow) : b.should(openNow);
                }))
                .sort(GeoQueries.nearestFirst(origin)));
    }

    private static void certifiedAt(BoolQuery.Builder b, Instant now) {
        b.filter(f -> f.term(t -> t.field("certification").value(CertificationStatus.CERTIFIED.name())));
        b.filter(f -> f.range(r -> r.date(d -> d.field("certifiedUntil").gt(String.valueOf(now.toEpochMilli())).format("epoch_millis"))));
    }

    /**
     * Every repairer on ReLoop takes requests and answers with the form online once it is certified, so the form online
     * is a repairer certified now.
     */
    private static void repairFilters(BoolQuery.Builder b, RepairFilters repair, Instant now) {
        if (repair.repairFormOnline()) {
            b.filter(f -> f.term(t -> t.field("kind").value(OrganisationKind.REPAIRER.name())));
            certifiedAt(b, now);
        }
        if (repair.maxRepairDays() != null) {
            b.filter(f -> f.range(r -> r.number(n -> n.field("typicalRepairDays").lte(repair.maxRepairDays().doubleValue()))));
        }
        if (repair.loanDevice()) {
            b.filter(f -> f.term(t -> t.field("loanDevice").value(true)));
        }
        repair.handOver().forEach(option -> b.filter(f -> f.term(t -> t.field("handOver").value(option.name()))));
        repair.extraServices().forEach(extra -> b.filter(f -> f.term(t -> t.field("extraServices").value(extra.name()))));
    }

    /**
     * Open at {@code now}: in each site time zone, the local minute of the week lies in a weekly range and
     * the local date has no exception; or {@code now} lies in an exceptional opening.
     */
    private static Query openNow(Instant now) {
        return Query.of(q -> q.bool(b -> {
            for (ZoneId zone : SiteTimeZones.ALL) {
                LocalDateTime local = LocalDateTime.ofInstant(now, zone);
                long minuteOfWeek = (local.getDayOfWeek().getValue() - 1) * 1440L + local.getHour() * 60L + local.getMinute();
                b.should(s -> s.bool(z -> z
                        .filter(f -> f.term(t -> t.field("timeZone").value(zone.getId())))
                        .filter(f -> f.term(t -> t.field("weeklyOpen").value(minuteOfWeek)))
                        .mustNot(m -> m.term(t -> t.field("exceptionDates").value(local.toLocalDate().toString())))));
            }
            b.should(s -> s.term(t -> t.field("specialOpen").value(now.toEpochMilli())));
            return b.minimumShouldMatch("1").queryName(OPEN_NOW);
        }));
    }

    private static OrganisationHit hit(Hit<OrganisationDocument> hit, Instant now) {
        OrganisationDocument document = hit.source();
        CertificationStatus certification = CertificationStatus.valueOf(document.certification());
        if (certification == CertificationStatus.CERTIFIED
                && (document.certifiedUntil() == null || document.certifiedUntil() <= now.toEpochMilli())) {
            certification = CertificationStatus.EXPIRED;
        }
        OrganisationKind kind = OrganisationKind.valueOf(document.kind());
        boolean repairer = kind == OrganisationKind.REPAIRER;
        return new OrganisationHit(
                UUID.fromString(document.organisationId()),
                UUID.fromString(document.siteId()),
                kind,
                document.name(),
                document.siteName(),
                document.address(),
                document.location().point(),
                hit.sort().getFirst().doubleValue(),
                hit.matchedQueries().contains(OPEN_NOW),
                certification,
                Set.copyOf(document.categories()),
                Set.copyOf(document.services()),
                // As the filter has it: a repairer certified now takes requests and answers with the form online.
                repairer && certification == CertificationStatus.CERTIFIED,
                repairer ? new RepairTerms(document.typicalRepairDays(), document.loanDevice(),
                        enums(HandOver.class, document.handOver()), enums(ExtraService.class, document.extraServices()))
                        : null);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Set<String> names) {
        return names.stream().map(name -> Enum.valueOf(type, name)).collect(Collectors.toUnmodifiableSet());
    }
}
