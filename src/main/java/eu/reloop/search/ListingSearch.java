package eu.reloop.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listings;
import eu.reloop.shared.Money;
import eu.reloop.stamp.Grade;

/**
 * Finds stamped products for sale near a point. Only listings whose seller's certificate is in force at
 * this moment are found (the document carries its end); a held one is found and flagged reserved.
 */
@Service
@Validated
public class ListingSearch {

    private static final String CATEGORY = "category";
    private static final String BRAND = "brand";
    private static final String GRADE = "grade";
    private static final int FACET_VALUES = 50;
    /** Words are searched in these, and half-typed ones in the title. */
    private static final TextQueries.Fields TEXT = new TextQueries.Fields(
            List.of("title", "brand.text", "model", "description"), List.of("title"));
    /**
     * Without facets, matches are counted up to here and the total is "at least" beyond: counting every one
     * of tens of thousands would keep Elasticsearch from skipping those too far away to be on the page.
     */
    static final int COUNTED_UP_TO = 1_000;

    private final ElasticsearchClient client;
    private final Gazetteer gazetteer;
    private final Clock clock;

    ListingSearch(ElasticsearchClient client, Gazetteer gazetteer, Clock clock) {
        this.client = client;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    public ListingResults search(@Valid ListingQuery query) {
        return search(query, clock.instant());
    }

    /** The search as it would answer at {@code now}, which decides certificates in force and holds. */
    ListingResults search(ListingQuery query, Instant now) {
        return search(query, now, TextQueries.Matching.STEMMED);
    }

    /** The search as it would answer at {@code now}, with its words matched as {@code matching} says. */
    ListingResults search(ListingQuery query, Instant now, TextQueries.Matching matching) {
        String currency = query.currency() != null ? query.currency() : currencyAt(query.origin());
        try {
            SearchResponse<ListingDocument> response = client.search(request(query, currency, now, matching),
                    ListingDocument.class);
            List<ListingHit> hits = response.hits().hits().stream().map(hit -> hit(hit, now)).toList();
            ListingFacets facets = query.facets()
                    ? new ListingFacets(counts(response, CATEGORY), counts(response, BRAND), counts(response, GRADE))
                    : new ListingFacets(List.of(), List.of(), List.of());
            return new ListingResults(SearchPage.of(hits, response.hits().total(), query.page(), query.size()), facets,
                    currency);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /**
     * The currency prices are compared in when a search names none: that of the country the point lies in,
     * taken as the country of the gazetteer's nearest place (a searched town is its own nearest place), where
     * sellers price in {@link Listings#currencyOf}.
     */
    public String currencyAt(GeoPoint point) {
        return gazetteer.nearest(point).map(place -> Listings.currencyOf(place.country())).orElse("EUR");
    }

    /**
     * The request as it goes to Elasticsearch; the benchmark sends the same one directly. With facets, the
     * category, brand and grade filters go in the post filter, so that each facet is counted over the
     * search without its own filter (but with the others') and the hits are filtered by all of them;
     * without, they filter the query itself.
     */
    SearchRequest request(ListingQuery query, String currency, Instant now) {
        return request(query, currency, now, TextQueries.Matching.STEMMED);
    }

    private SearchRequest request(ListingQuery query, String currency, Instant now, TextQueries.Matching matching) {
        Map<String, Query> facetFilters = new LinkedHashMap<>();
        if (query.category() != null) {
            facetFilters.put(CATEGORY, term(CATEGORY, query.category()));
        }
        if (query.brand() != null) {
            facetFilters.put(BRAND, term(BRAND, query.brand()));
        }
        if (!query.grades().isEmpty()) {
            facetFilters.put(GRADE, Query.of(q -> q.terms(t -> t.field(GRADE).terms(v -> v.value(
                    query.grades().stream().map(grade -> FieldValue.of(grade.name())).toList())))));
        }
        return SearchRequest.of(s -> withFacets(s
                .index(SearchIndex.LISTINGS.alias())
                .from(query.page() * query.size())
                .size(query.size())
                // The facets visit every match anyway, so then the count is exact at no cost.
                .trackTotalHits(t -> query.facets() ? t.enabled(true) : t.count(COUNTED_UP_TO))
                .query(q -> q.bool(b -> {
                    b.filter(GeoQueries.within(query.origin(), query.radiusKm()));
                    if (query.sort() == ListingSort.DISTANCE) {
                        b.must(GeoQueries.nearness(query.origin(), query.radiusKm()));
                    }
                    b.filter(f -> f.range(r -> r.date(d -> d.field("sellerCertifiedUntil")
                            .gt(String.valueOf(now.toEpochMilli())).format("epoch_millis"))));
                    if (query.hasPriceRange()) {
                        b.filter(term("currency", currency));
                        b.filter(f -> f.range(r -> r.number(n -> {
                            n.field("priceMinor");
                            if (query.minPrice() != null) {
                                n.gte((double) minorUnits(query.minPrice(), currency, RoundingMode.CEILING));
                            }
                            if (query.maxPrice() != null) {
                                n.lte((double) minorUnits(query.maxPrice(), currency, RoundingMode.FLOOR));
                            }
                            return n;
                        })));
                    }
                    if (query.minBatteryHealth() != null) {
                        b.filter(f -> f.range(r -> r.number(n -> n.field("batteryHealthPercent")
                                .gte((double) query.minBatteryHealth()))));
                    }
                    if (query.text() != null) {
                        b.filter(TextQueries.everyWord(query.text(), TEXT, matching));
                    }
                    if (!query.facets()) {
                        b.filter(List.copyOf(facetFilters.values()));
                    }
                    if (query.sort() == ListingSort.PRICE) {
                        // The only score: 1 in the search's currency, 0 in another, so those come first.
                        b.should(o -> o.constantScore(c -> c.filter(term("currency", currency))));
                    }
                    return b;
                }))
                .sort(sort(query)), query, facetFilters));
    }

    private static SearchRequest.Builder withFacets(SearchRequest.Builder search, ListingQuery query,
            Map<String, Query> facetFilters) {
        if (!query.facets()) {
            return search;
        }
        return search.postFilter(q -> q.bool(b -> b.filter(List.copyOf(facetFilters.values()))))
                .aggregations(CATEGORY, facet(CATEGORY, facetFilters))
                .aggregations(BRAND, facet(BRAND, facetFilters))
                .aggregations(GRADE, facet(GRADE, facetFilters));
    }

    /**
     * Distance last, always: it breaks ties and gives each hit its distance. Nearest first is by the nearness
     * score, which orders as the distance does but lets Elasticsearch skip what is too far to matter.
     */
    private static List<SortOptions> sort(ListingQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case DISTANCE -> sort.add(SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc))));
            case PRICE -> {
                sort.add(SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc))));
                sort.add(SortOptions.of(o -> o.field(f -> f.field("priceMinor").order(SortOrder.Asc))));
            }
            case NEWEST -> sort.add(SortOptions.of(o -> o.field(f -> f.field("listedAt").order(SortOrder.Desc))));
        }
        sort.add(GeoQueries.nearestFirst(query.origin()));
        return sort;
    }

    /** Counts a facet's values among the hits of every filter but its own. */
    private static Aggregation facet(String field, Map<String, Query> facetFilters) {
        List<Query> others = facetFilters.entrySet().stream().filter(entry -> !entry.getKey().equals(field))
                .map(Map.Entry::getValue).toList();
        return Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(others)))
                .aggregations("values", v -> v.terms(t -> t.field(field).size(FACET_VALUES))));
    }

    private static List<ListingFacets.Count> counts(SearchResponse<ListingDocument> response, String facet) {
        return response.aggregations().get(facet).filter().aggregations().get("values").sterms().buckets().array()
                .stream().map(bucket -> new ListingFacets.Count(bucket.key().stringValue(), bucket.docCount())).toList();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static long minorUnits(BigDecimal amount, String currency, RoundingMode rounding) {
        Currency unit = Currency.getInstance(currency);
        return new Money(amount.setScale(unit.getDefaultFractionDigits(), rounding), unit).minorUnits();
    }

    private static ListingHit hit(Hit<ListingDocument> hit, Instant now) {
        ListingDocument document = hit.source();
        Long reservedUntil = document.reservedUntil();
        return new ListingHit(
                UUID.fromString(document.listingId()),
                document.title(),
                document.price(),
                Grade.valueOf(document.grade()),
                document.batteryHealthPercent(),
                document.brand(),
                document.model(),
                document.category(),
                document.sellerName(),
                UUID.fromString(document.organisationId()),
                document.town(),
                document.location().point(),
                hit.sort().getLast().doubleValue(),
                reservedUntil != null && reservedUntil > now.toEpochMilli(),
                document.photoId() == null ? null : UUID.fromString(document.photoId()),
                document.stampCode(),
                Instant.ofEpochMilli(document.listedAt()));
    }
}
