package eu.reloop.impact;

import static eu.reloop.market.MarketTestSetup.asBuyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.Place;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.shared.RefusedException;

@IntegrationTest
class ImpactTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ImpactFigures figures;

    @Autowired
    ImpactFactors factors;

    @Autowired
    ImpactRecords records;

    @Autowired
    OpenData openData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    private Centre centre;
    private String centreName;
    /** The town the gazetteer has nearest to the centre, where its figures count. */
    private Place town;
    private String buyer;

    @BeforeEach
    void centreAndBuyer() {
        centreName = "Impact Centre " + UUID.randomUUID();
        GeoPoint location = DirectoryFixtures.remoteOrigin();
        centre = setup.certifiedCentre(centreName, location);
        town = gazetteer.nearest(location).orElseThrow();
        buyer = setup.consumer();
    }

    @Test
    void aSoldPhoneAvoidsHalfItsFootprintAndItsWeightAsTheShippedFactorsSayAndAReturnTakesItBack() {
        String order = sold(setup.listedPhone(centre, "Fairphone 5", "2490", "NOK"));

        // The shipped table: a phone takes 50.5 kg CO2e to make and weighs 0.15 kg; half of a new one is displaced.
        ImpactRow row = asBuyer(buyer, () -> figures.mine()).stream().collect(onlyOne());
        assertThat(row.kind()).isEqualTo(ImpactKind.REUSE);
        assertThat(row.category()).isEqualTo("phones");
        assertThat(row.kgCo2e()).isEqualByComparingTo("25.25");
        assertThat(row.kgWaste()).isEqualByComparingTo("0.15");
        assertThat(row.municipality()).isEqualTo(town.name());
        assertThat(row.region()).isEqualTo(town.region());
        assertThat(row.country()).isEqualTo("NO");
        assertThat(ImpactTotals.of(figures.ofOrganisation(centre.organisationId())).kgCo2e()).isEqualByComparingTo("25.25");
        assertThat(figures.estimate("phones").orElseThrow().kgCo2e()).isEqualByComparingTo("25.25");

        // Counted once, however often it is reported; and not at all once the item is back.
        records.recordReuse(order, "phones", centre.organisationId(), centre.siteId(), buyer, clock.instant());
        assertThat(asBuyer(buyer, () -> figures.mine())).singleElement().extracting(ImpactRow::items).isEqualTo(1L);
        records.voidReuse(order, clock.instant());
        assertThat(asBuyer(buyer, () -> figures.mine())).isEmpty();
    }

    @Test
    void aNewFactorVersionChangesNewFiguresAndLeavesRecordedOnesAndTodaysSnapshotAsTheyWere() throws Exception {
        sold(setup.listedPhone(centre, "Fairphone 4", "1990", "NOK"));
        openData.keepTodaysSnapshots();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String snapshotBefore = csv(openData.snapshot(OpenData.Dataset.IMPACT, today).orElseThrow());
        String shipped = shippedTable();
        int before = factors.current().version();

        int published = admin(() -> factors.publish(shipped.replace("phones,50.5,", "phones,100,")
                .getBytes(StandardCharsets.UTF_8), "Phones: a newer study"));
        try {
            assertThat(published).isEqualTo(before + 1);
            sold(setup.listedPhone(centre, "Fairphone 5", "2490", "NOK"));
            List<ImpactRow> mine = asBuyer(buyer, () -> figures.mine());
            assertThat(mine).extracting(ImpactRow::factorVersion, ImpactRow::kgCo2e)
                    .containsExactlyInAnyOrder(tuple(before, new BigDecimal("25.250")),
                            tuple(published, new BigDecimal("50.000")));
            assertThat(csv(openData.snapshot(OpenData.Dataset.IMPACT, today).orElseThrow())).isEqualTo(snapshotBefore);
            assertThat(factors.versions().get(1).of("phones").orElseThrow().productionKgCo2e())
                    .as("the earlier version, kept as it was").isEqualByComparingTo("50.5");
        } finally {
            admin(() -> factors.publish(shipped.getBytes(StandardCharsets.UTF_8), "Back to the shipped table"));
        }
    }

    @Test
    void aTableWithBadLinesOrAMissingCategoryIsRefusedLineByLineAndOnlyAdminsPublish() throws Exception {
        String shipped = shippedTable();
        int before = factors.current().version();
        String spoilt = shipped.replace("tablets,114.5,0.77,0.5,", "tablets,-1,0.77,0.5,")
                .replace("laptops,265.3,1.83,0.5,", "laptops,265.3,1.83,1.5,")
                .replace("\nphones,", "\nfones,");
        assertThatThrownBy(() -> admin(() -> factors.publish(spoilt.getBytes(StandardCharsets.UTF_8), "Spoilt")))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(RefusedException.Reason::messageKey, reason -> reason.arguments().getFirst())
                        .containsExactly(tuple("impact-factors.error.category", 2L),
                                tuple("impact-factors.error.amounts", 3L),
                                tuple("impact-factors.error.displacement", 4L),
                                tuple("impact-factors.error.missing", "phones")));
        assertThatThrownBy(() -> admin(() -> factors.publish("not,a,table".getBytes(StandardCharsets.UTF_8), "x")))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> asBuyer(buyer, () -> factors.publish(shipped.getBytes(StandardCharsets.UTF_8), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(factors.current().version()).isEqualTo(before);
    }

    @Test
    void regionsAddUpToTheirRecordsAndTheExportsParseCarryLicenceAndVersionAndNameNobody() throws Exception {
        sold(setup.listedPhone(centre, "Fairphone 5", "2490", "NOK"));

        // Every region's total is the sum of its records, voided ones left out.
        Map<String, BigDecimal> byRegion = ImpactTotals.by(figures.all(), ImpactRow::region).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().kgCo2e()));
        Map<String, BigDecimal> recorded = jdbc.sql(
                        "select region, sum(kg_co2e) as total from impact_record where voided_at is null group by region")
                .query((rs, row) -> Map.entry(rs.getString("region"), rs.getBigDecimal("total"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byRegion.keySet()).isEqualTo(recorded.keySet()).contains(town.region());
        recorded.forEach((region, total) -> assertThat(byRegion.get(region)).isEqualByComparingTo(total));

        HttpResponse<String> csv = get("/api/v1/open-data/impact?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Link")).contains("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.body()))) {
            assertThat(parser.getHeaderComment()).contains("Licence: CC BY 4.0", "Factor version: " + factors.current().version());
            assertThat(parser.getHeaderNames()).contains("month", "municipality", "kind", "category", "factor_version",
                    "kg_co2e", "kg_waste");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).anySatisfy(row -> assertThat(row.get("municipality")).isEqualTo(town.name()));
        }
        HttpResponse<String> json = get("/api/v1/open-data/impact");
        assertThat(json.body()).contains("\"licence\":\"CC BY 4.0\"", "\"factorVersion\":", "\"rows\":[");
        HttpResponse<String> stamps = get("/api/v1/open-data/stamps?format=csv");
        assertThat(stamps.statusCode()).isEqualTo(200);
        assertThat(stamps.body()).contains("month,country,region,category,grade,stamps", town.region());
        for (String body : List.of(csv.body(), json.body(), stamps.body(), get("/api/v1/open-data/stamps").body())) {
            assertThat(body).doesNotContain(buyer, centre.organisationId().toString(), centreName);
        }
        assertThat(get("/api/v1/open-data").body()).contains("dcat:Catalog", "/api/v1/open-data/impact?format=csv",
                "/api/v1/open-data/repairs.csv");
        assertThat(get("/api/v1/open-data/impact-factors/1").body())
                .startsWith("category,production_kg_co2e,typical_weight_kg,displacement,source,source_year,quality");

        assertThat(get("/api/v1/open-data/impact?format=xml").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/open-data/impact?day=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/open-data/impact?day=1999-01-01").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/open-data/impact-factors/999").statusCode()).isEqualTo(404);
    }

    private String sold(Listing listing) {
        return setup.soldAtPickup(centre, buyer, listing);
    }

    private static String shippedTable() throws IOException {
        try (InputStream in = ImpactTests.class.getClassLoader().getResourceAsStream(ShippedImpactFactors.TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String csv(OpenDataset<?> export) {
        return OpenData.csv(export, OpenData.Dataset.IMPACT);
    }

    private static <T> T admin(Supplier<T> work) {
        return TestSecurity.asAdmin(work);
    }

    private static Collector<ImpactRow, ?, ImpactRow> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), rows -> {
            assertThat(rows).hasSize(1);
            return rows.getFirst();
        });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
