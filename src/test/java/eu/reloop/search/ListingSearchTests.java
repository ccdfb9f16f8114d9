package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.north;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class ListingSearchTests {

    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ListingSearch search;

    @Autowired
    Listings listings;

    @Autowired
    Stamps stamps;

    @Autowired
    Certificates certificates;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Checkout checkout;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificationTestSetup certification;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    IndexWriter writer;

    @Autowired
    ElasticsearchClient client;

    GeoPoint origin;

    @BeforeEach
    void pickAnEmptyCorner() {
        origin = DirectoryFixtures.remoteOrigin();
    }

    @Test
    void nearestFirstWithinTheRadiusAndAfterAFullReindexToo() {
        Listing near = setup.listedPhone(centre(1), "Fairphone 5 near", "2000", "NOK");
        Listing middle = setup.listedPhone(centre(4), "Fairphone 5 middle", "2000", "NOK");
        setup.listedPhone(centre(12), "Fairphone 5 far", "2000", "NOK");
        awaitTotal(query(20), 3);

        ListingResults ten = search.search(query(10));
        assertThat(ids(ten)).containsExactly(near.id(), middle.id());
        assertThat(ten.page().hits().getFirst().distanceKm()).isCloseTo(1, offset(0.01));
        assertThat(ten.page().hits().getFirst()).satisfies(hit -> {
            assertThat(hit.price().minorUnits()).isEqualTo(200_000);
            assertThat(hit.price().currency().getCurrencyCode()).isEqualTo("NOK");
            assertThat(hit.brand()).isEqualTo("Fairphone");
            assertThat(hit.grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(hit.batteryHealthPercent()).isEqualTo(91);
            assertThat(hit.reserved()).isFalse();
            assertThat(hit.sellerName()).startsWith("Seller");
        });

        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.LISTINGS));
        assertThat(ids(search.search(query(10)))).containsExactly(near.id(), middle.id());
    }

    /**
     * Over a thousand matches, as in a city: without facets the count stops at a thousand ("at least"), with
     * them it is exact; either way the page holds the nearest, in order. The documents go straight into the
     * index: a thousand listings through the market would take minutes and test nothing more here.
     */
    @Test
    void aSearchWithoutFacetsCountsUpToAThousandAndStillFindsTheNearest() throws IOException {
        int matching = ListingSearch.COUNTED_UP_TO + 50;
        Random random = new Random(7);
        List<ListingDocument> documents = new ArrayList<>();
        for (int i = 0; i < matching; i++) {
            GeoPoint location = new GeoPoint(origin.latitude() + (random.nextDouble() - 0.5) * 0.15,
                    origin.longitude() + (random.nextDouble() - 0.5) * 0.3);
            documents.add(new ListingDocument(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Seller",
                    "Town", DocumentLocation.of(location), "Phone " + i, null, "phones", "Fairphone", "5", "GOOD", 150_000,
                    "NOK", 90, null, "7K3M9QXDQ", null, Instant.now().plus(Duration.ofDays(365)).toEpochMilli(), Instant.now().toEpochMilli(),
                    null));
        }
        List<String> nearest = documents.stream()
                .sorted(Comparator.comparingDouble(document -> origin.distanceKm(document.location().point())))
                .limit(20).map(ListingDocument::listingId).toList();
        try {
            writer.write(documents.stream().map(document -> IndexWriter.index(SearchIndex.LISTINGS.alias(),
                    document.listingId(), 1, document)).toList());
            client.indices().refresh(r -> r.index(SearchIndex.LISTINGS.alias()));

            ListingQuery withoutFacets = new ListingQuery(origin, 20, null, null, Set.of(), null, null, null, null, null,
                    ListingSort.DISTANCE, 0, 20, false);
            SearchPage<ListingHit> counted = search.search(withoutFacets).page();
            assertThat(counted.total()).isEqualTo(ListingSearch.COUNTED_UP_TO);
            assertThat(counted.totalExact()).isFalse();
            assertThat(counted.hits()).extracting(hit -> hit.listingId().toString()).containsExactlyElementsOf(nearest);
            assertThat(counted.hits()).extracting(ListingHit::distanceKm).isSorted();

            SearchPage<ListingHit> exact = search.search(ListingQuery.near(origin, 20)).page();
            assertThat(exact.total()).isEqualTo(matching);
            assertThat(exact.totalExact()).isTrue();
            assertThat(exact.hits()).extracting(hit -> hit.listingId().toString()).containsExactlyElementsOf(nearest);
        } finally {
            writer.write(documents.stream().map(document -> IndexWriter.delete(SearchIndex.LISTINGS.alias(),
                    document.listingId(), null)).toList());
            client.indices().refresh(r -> r.index(SearchIndex.LISTINGS.alias()));
        }
    }

    @Test
    void filtersByCategoryBrandGradeAndBatteryAndCountsEachFacetWithoutItsOwnFilter() {
        Centre centre = centre(1, Set.of("phones", "tablets"));
        Listing iphone = setup.listedHandheld(centre, "phones", "Apple", "iPhone 13", Grade.PREMIUM, 95,
                "iPhone 13, 128 GB", "4500", "NOK");
        Listing galaxy = setup.listedHandheld(centre, "phones", "Samsung", "Galaxy S21", Grade.GOOD, 88,
                "Galaxy S21", "3000", "NOK");
        Listing ipad = setup.listedHandheld(centre, "tablets", "Apple", "iPad Air", Grade.FAIR, 82,
                "iPad Air 4", "3500", "NOK");
        awaitTotal(query(5), 3);

        ListingResults apple = search.search(with(query(5), null, "Apple", Set.of()));
        assertThat(ids(apple)).containsExactlyInAnyOrder(iphone.id(), ipad.id());
        // Choosing Apple still shows what Samsung offers; categories and grades count Apple's only.
        assertThat(apple.facets().brands()).containsExactly(count("Apple", 2), count("Samsung", 1));
        assertThat(apple.facets().categories()).containsExactlyInAnyOrder(count("phones", 1), count("tablets", 1));
        assertThat(apple.facets().grades()).containsExactlyInAnyOrder(count("PREMIUM", 1), count("FAIR", 1));

        ListingResults phonesOfGoodGrades = search.search(with(query(5), "phones", null, Set.of(Grade.PREMIUM, Grade.GOOD)));
        assertThat(ids(phonesOfGoodGrades)).containsExactlyInAnyOrder(iphone.id(), galaxy.id());
        assertThat(phonesOfGoodGrades.facets().categories()).containsExactly(count("phones", 2));
        assertThat(phonesOfGoodGrades.facets().grades()).containsExactlyInAnyOrder(count("PREMIUM", 1), count("GOOD", 1));

        ListingResults fair = search.search(with(query(5), null, null, Set.of(Grade.FAIR)));
        assertThat(ids(fair)).containsExactly(ipad.id());
        assertThat(fair.facets().grades()).hasSize(3);

        ListingQuery healthy = new ListingQuery(origin, 5, null, null, Set.of(), null, null, null, 85, null,
                ListingSort.DISTANCE, 0, 20, true);
        assertThat(ids(search.search(healthy))).containsExactlyInAnyOrder(iphone.id(), galaxy.id());
    }

    @Test
    void textForgivesTyposAndHalfTypedWords() {
        Centre centre = centre(1);
        Listing iphone = setup.listedHandheld(centre, "phones", "Apple", "iPhone 13", Grade.EXCELLENT, 90,
                "iPhone 13", "4500", "NOK");
        setup.listedPhone(centre, "Fairphone 5, 256 GB", "2000", "NOK");
        awaitTotal(query(5), 2);

        assertThat(ids(search.search(text("iphnoe")))).containsExactly(iphone.id());
        assertThat(ids(search.search(text("iph")))).containsExactly(iphone.id());
        assertThat(ids(search.search(text("aple 13")))).containsExactly(iphone.id());
        assertThat(ids(search.search(text("iphone 256")))).isEmpty();
        assertThat(search.search(text("fairphone")).page().total()).isEqualTo(1);
        // The category's names count as words, in any of their Nordic forms.
        assertThat(search.search(text("mobiltelefonene")).page().total()).isEqualTo(2);
        assertThat(ids(search.search(text("iphone mobiltelefonerna")))).containsExactly(iphone.id());
    }

    @Test
    void pricesCompareWithinOneCurrencyAndSortCheapestOrNewestFirst() {
        Centre centre = centre(1);
        Listing cheap = setup.listedPhone(centre, "Phone at 1000", "1000", "NOK");
        Listing euros = setup.listedPhone(centre, "Phone at 90 euros", "90", "EUR");
        Listing dear = setup.listedPhone(centre, "Phone at 3000", "3000", "NOK");
        Listing middle = setup.listedPhone(centre, "Phone at 1999.50", "1999.50", "NOK");
        awaitTotal(query(5), 4);

        assertThat(ids(search.search(priced("999.99", "1999.50", "NOK", ListingSort.DISTANCE))))
                .containsExactlyInAnyOrder(cheap.id(), middle.id());
        assertThat(ids(search.search(priced(null, "1999.49", "NOK", ListingSort.DISTANCE)))).containsExactly(cheap.id());
        assertThat(ids(search.search(priced("50", null, "EUR", ListingSort.DISTANCE)))).containsExactly(euros.id());
        // Cheapest first in the search's currency; a price in another currency cannot be compared, so it comes last.
        ListingResults byPrice = search.search(priced(null, null, "NOK", ListingSort.PRICE));
        assertThat(ids(byPrice)).containsExactly(cheap.id(), middle.id(), dear.id(), euros.id());
        assertThat(byPrice.currency()).isEqualTo("NOK");
        assertThat(ids(search.search(priced(null, null, "EUR", ListingSort.PRICE))).getFirst()).isEqualTo(euros.id());
        assertThat(ids(search.search(priced(null, null, "NOK", ListingSort.NEWEST))))
                .containsExactly(middle.id(), dear.id(), euros.id(), cheap.id());
    }

    @Test
    void theCurrencyDefaultsToThatOfTheCountrySearched() {
        assertThat(search.currencyAt(place("Bergen"))).isEqualTo("NOK");
        assertThat(search.currencyAt(place("København"))).isEqualTo("DKK");
        assertThat(search.currencyAt(place("Göteborg"))).isEqualTo("SEK");
        assertThat(search.currencyAt(place("Tampere"))).isEqualTo("EUR");
        assertThat(search.currencyAt(place("Reykjavík"))).isEqualTo("EUR");
        // A point off the Norwegian coast takes the currency of the nearest town.
        assertThat(search.currencyAt(new GeoPoint(60.39, 4.9))).isEqualTo("NOK");
    }

    @Test
    void withdrawnAndRevokedListingsLeaveSearch() {
        Centre centre = centre(1);
        Listing withdrawn = setup.listedPhone(centre, "To be withdrawn", "1000", "NOK");
        Listing revoked = setup.listedPhone(centre, "Stamp to be revoked", "1000", "NOK");
        Listing staying = setup.listedPhone(centre, "Staying", "1000", "NOK");
        awaitTotal(query(5), 3);

        MarketTestSetup.asStaff(centre, () -> {
            listings.withdraw(centre.organisationId(), withdrawn.id());
            return null;
        });
        TestSecurity.as("registry-certifier@test.reloop", () -> {
            stamps.revoke(new StampCode(revoked.stampCode()), "Battery was not original");
            return null;
        }, Role.CERTIFIER.authority());

        await().atMost(SECONDS).untilAsserted(() -> assertThat(ids(search.search(query(5)))).containsExactly(staying.id()));
    }

    @Test
    void aSuspendedSellersListingsLeaveSearchAndComeBackWhenReinstated() {
        Centre centre = centre(1);
        Listing listing = setup.listedPhone(centre, "Suspended seller's phone", "1000", "NOK");
        awaitTotal(query(5), 1);

        asCertifier(() -> certificates.suspend(centre.certificateNumber(), "Complaint under investigation"));
        awaitTotal(query(5), 0);

        asCertifier(() -> certificates.reinstate(centre.certificateNumber(), "Complaint dismissed"));
        await().atMost(SECONDS).untilAsserted(() -> assertThat(ids(search.search(query(5)))).containsExactly(listing.id()));
    }

    @Test
    void aHeldListingIsFoundFlaggedReservedUntilTheHoldLapses() {
        Listing listing = setup.listedPhone(centre(1), "Held phone", "1000", "NOK");
        UUID orderId = MarketTestSetup.asBuyer(setup.consumer(), () -> checkout.reserve(listing.id()));
        Instant until = jdbc.sql("select held_until from market_order where id = :id").param("id", orderId)
                .query(Timestamp.class).single().toInstant();

        await().atMost(SECONDS).until(() -> search.search(query(5)).page().hits().stream().anyMatch(ListingHit::reserved));
        assertThat(search.search(query(5), until.plusSeconds(1)).page().hits())
                .singleElement().satisfies(hit -> assertThat(hit.reserved()).isFalse());
    }

    @Test
    void aSellerWhoseCertificateRunsOutLeavesSearchAtThatInstant() {
        Listing listing = setup.listedPhone(centre(1), "Phone of a centre certified for now", "1000", "NOK");
        awaitTotal(query(5), 1);

        // MarketTestSetup certifies from six months ago for three years.
        LocalDate end = LocalDate.now().minusMonths(6).plusYears(3);
        assertThat(ids(search.search(query(5), end.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant())))
                .containsExactly(listing.id());
        assertThat(ids(search.search(query(5), end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))).isEmpty();
    }

    private Centre centre(double kmNorth) {
        return centre(kmNorth, Set.of("phones"));
    }

    private Centre centre(double kmNorth, Set<String> categories) {
        return setup.certifiedCentre("Seller " + UUID.randomUUID().toString().substring(0, 8), north(origin, kmNorth),
                categories);
    }

    private ListingQuery query(double radiusKm) {
        return ListingQuery.near(origin, radiusKm);
    }

    private ListingQuery with(ListingQuery query, String category, String brand, Set<Grade> grades) {
        return new ListingQuery(query.origin(), query.radiusKm(), category, brand, grades, null, null, null, null, null,
                ListingSort.DISTANCE, 0, 20, true);
    }

    private ListingQuery text(String text) {
        return new ListingQuery(origin, 5, null, null, Set.of(), null, null, null, null, text, ListingSort.DISTANCE, 0, 20, true);
    }

    private ListingQuery priced(String min, String max, String currency, ListingSort sort) {
        return new ListingQuery(origin, 5, null, null, Set.of(), min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), currency, null, null, sort, 0, 20, true);
    }

    private GeoPoint place(String name) {
        return gazetteer.find(name).orElseThrow().location();
    }

    private static ListingFacets.Count count(String value, long count) {
        return new ListingFacets.Count(value, count);
    }

    private static List<UUID> ids(ListingResults results) {
        return results.page().hits().stream().map(ListingHit::listingId).toList();
    }

    private void awaitTotal(ListingQuery query, long total) {
        await().atMost(SECONDS).until(() -> search.search(query).page().total() == total);
    }

    private void asCertifier(Runnable action) {
        TestSecurity.as(certification.account("search-certifier", Role.CERTIFIER), () -> {
            action.run();
            return null;
        }, Role.CERTIFIER.authority());
    }
}
