package eu.reloop.repair;

import static eu.reloop.repair.RepairTestSetup.asConsumer;
import static eu.reloop.repair.RepairTestSetup.fixedPriceForm;
import static eu.reloop.repair.RepairTestSetup.washingMachine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.HandOver;
import eu.reloop.geo.GeoPoint;
import eu.reloop.repair.RepairTestSetup.Repairer;
import eu.reloop.shared.Translations;

@IntegrationTest
class OpenRepairDataApiTests {

    @LocalServerPort
    int port;

    @Autowired
    RepairTestSetup setup;

    @Autowired
    RepairRequests requests;

    @Autowired
    RepairInbox inbox;

    @Autowired
    TestClock clock;

    @Test
    void theCsvHasTheOrdsHeaderAndParsesWithoutAnythingPersonal() throws Exception {
        GeoPoint home = DirectoryFixtures.remoteOrigin();
        String name = "Open Data Verksted " + UUID.randomUUID();
        Repairer repairer = setup.certifiedRepairer(name, DirectoryFixtures.north(home, 1));
        String consumer = setup.consumer();
        String fault = "Leaks, \"badly\", at the door\nseal";
        RepairAsk ask = washingMachine(home, repairer.organisationId());
        UUID requestId = asConsumer(consumer, () -> requests.ask(new RepairAsk(ask.category(), "Miele", ask.model(), 2015, null,
                ask.fault(), HandOver.BRING, ask.latitude(), ask.longitude(), null, ask.repairers()), Translations.ENGLISH));
        UUID siteId = repairer.act(() -> inbox.prefilled(repairer.organisationId(), requestId)).form().siteId();
        RepairForm form = fixedPriceForm(siteId);
        repairer.run(() -> inbox.answer(repairer.organisationId(), requestId, new RepairForm(siteId, fault,
                form.repairType(), form.price(), false, null, form.diagnosisFee(), 3, false, null, form.handOverPlace(),
                null, null)));
        LocalDate handOverDay = RepairTestSetup.nextWeekdayInOslo(clock);
        asConsumer(consumer, () -> requests.accept(requestId, repairer.organisationId(), handOverDay.atTime(12, 0)));
        repairer.run(() -> inbox.moveTo(repairer.organisationId(), requestId, RepairStatus.RECEIVED));
        repairer.run(() -> inbox.report(repairer.organisationId(), requestId,
                new RepairReport(RepairOutcome.REPAIRABLE, RepairBarrier.SPARE_PARTS_TOO_EXPENSIVE, PartsUsed.NONE, 3)));

        HttpResponse<String> csv = get("/api/v1/open-data/repairs.csv", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Link")).hasValue("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
        List<List<String>> rows = parse(csv.body());
        assertThat(rows.getFirst()).containsExactly("id", "data_provider", "country", "partner_product_category",
                "product_category", "brand", "year_of_manufacture", "product_age", "repair_status",
                "repair_barrier_if_end_of_life", "event_date", "problem");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(row.getFirst(), "ReLoop", "NOR",
                "washing-machines", "Washing machines", "Miele", "", String.valueOf(LocalDate.now(clock).getYear() - 2015),
                "Repairable", "Spare parts too expensive", row.get(10), fault.replace("\n", " ")));
        assertThat(csv.body()).doesNotContain(consumer, repairer.staffEmail(), name, requestId.toString());

        HttpResponse<String> json = get("/api/v1/open-data/repairs", "application/json");
        assertThat(json.body()).contains("\"licence\":\"https://creativecommons.org/licenses/by/4.0/\"",
                "\"repair_status\":\"Repairable\"", "\"partner_product_category\":\"washing-machines\"")
                .doesNotContain(consumer, name);
        assertThat(get("/api/v1/open-data/repairs", "text/csv").body()).startsWith("id,data_provider,");
        assertThat(get("/v3/api-docs", "application/json").body()).contains("/api/v1/open-data/repairs",
                "/api/v1/open-data/repairs.csv");
    }

    /** The records of the CSV, the header first, as Apache Commons CSV reads RFC 4180. */
    private static List<List<String>> parse(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
