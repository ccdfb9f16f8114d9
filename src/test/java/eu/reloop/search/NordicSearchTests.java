package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.ListingForSearch;
import eu.reloop.search.TextQueries.Matching;

/**
 * The labelled Nordic query set ({@code src/test/resources/search/nordic/}): listings and organisations written in
 * Norwegian, Swedish, Danish and Finnish, each language's near an origin of its own (sellers write in their
 * country's language, and search is local), and queries in each language with the corpus items they should find.
 * Every query runs through the real searches twice in this one run: with the stems, as every search does, and with
 * the standard analyser's fields only, as before the stems. Recall at 10 (the mean over the queries of the share of
 * expected items among the first ten hits) and precision (of all hits among the first ten, the share that was
 * expected) are logged for both; the README quotes them.
 */
@IntegrationTest
class NordicSearchTests {

    private static final Logger log = LoggerFactory.getLogger(NordicSearchTests.class);
    private static final List<String> LANGUAGES = List.of("nb", "sv", "da", "fi");
    private static final int TOP = 10;
    private static final double RADIUS_KM = 10;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch organisationSearch;

    @Autowired
    ListingSearch listingSearch;

    @Autowired
    CategoryNames categoryNames;

    @Autowired
    IndexWriter writer;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Clock clock;

    /** A query of the set, the corpus keys it should find, and the keys it found among the first ten hits. */
    record Answer(Set<String> expected, List<String> found) {

        long relevantFound() {
            return found.stream().filter(expected::contains).count();
        }
    }

    /** Recall at 10 and precision of one language's queries. */
    record Figures(int queries, double recall, double precision) {

        static Figures of(List<Answer> answers) {
            double recall = answers.stream().mapToDouble(answer -> (double) answer.relevantFound() / answer.expected().size())
                    .average().orElseThrow();
            long found = answers.stream().mapToLong(answer -> answer.found().size()).sum();
            long relevant = answers.stream().mapToLong(Answer::relevantFound).sum();
            return new Figures(answers.size(), recall, found == 0 ? Double.NaN : (double) relevant / found);
        }
    }

    @Test
    void theLabelledQueriesFindNineInTenOfTheirItemsInEveryLanguage() throws IOException {
        Map<String, GeoPoint> origins = new HashMap<>();
        LANGUAGES.forEach(language -> origins.put(language, DirectoryFixtures.remoteOrigin()));
        Map<UUID, String> keys = new HashMap<>();
        Map<String, Integer> organisationsPerLanguage = registerOrganisations(origins, keys);
        List<ListingDocument> listings = listings(origins, keys);
        writer.write(listings.stream().map(document -> IndexWriter.index(SearchIndex.LISTINGS.alias(),
                document.listingId(), 1, document)).toList());
        try {
            client.indices().refresh(r -> r.index(SearchIndex.LISTINGS.alias()));
            organisationsPerLanguage.forEach((language, count) -> await().atMost(Duration.ofSeconds(30))
                    .until(() -> organisationSearch.search(new OrganisationQuery(origins.get(language), RADIUS_KM, null,
                            null, false, false, 0, TOP)).total() == count));

            List<CSVRecord> queries = rows("queries.csv");
            Map<String, Figures> before = figures(queries, origins, keys, Matching.FIELDS_ONLY);
            Map<String, Figures> after = figures(queries, origins, keys, Matching.STEMMED);
            log.info("Labelled Nordic query set, recall at {} and precision, before (standard analyser only) and after "
                    + "(with the stems):\n{}", TOP, table(before, after));

            assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
            after.forEach((language, figures) -> {
                assertThat(figures.queries()).as("queries in %s", language).isGreaterThanOrEqualTo(10);
                assertThat(figures.recall()).as("recall at %d in %s", TOP, language).isGreaterThanOrEqualTo(0.9);
            });
        } finally {
            writer.write(listings.stream().map(document -> IndexWriter.delete(SearchIndex.LISTINGS.alias(),
                    document.listingId(), null)).toList());
            client.indices().refresh(r -> r.index(SearchIndex.LISTINGS.alias()));
        }
    }

    /** Registers the corpus's organisations, each with a site near its language's origin; how many per language. */
    private Map<String, Integer> registerOrganisations(Map<String, GeoPoint> origins, Map<UUID, String> keys)
            throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord row : rows("organisations.csv")) {
            String language = row.get("language");
            int index = counts.merge(language, 1, Integer::sum);
            Set<Offering> offerings = Arrays.stream(row.get("categories").split(" "))
                    .map(category -> new Offering(category, OfferedService.REPAIR)).collect(Collectors.toSet());
            UUID id = TestSecurity.asAdmin(() -> {
                UUID registered = organisations.register(OrganisationKind.REPAIRER, details(row.get("name")));
                organisations.addSite(registered, site(row.get("site"), north(origins.get(language), index * 0.2),
                        offerings));
                return registered;
            });
            keys.put(id, row.get("key"));
        }
        return counts;
    }

    /** The corpus's listings as the indexer writes them, each near its language's origin. */
    private List<ListingDocument> listings(Map<String, GeoPoint> origins, Map<UUID, String> keys) throws IOException {
        Instant now = clock.instant();
        List<ListingDocument> documents = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord row : rows("listings.csv")) {
            String language = row.get("language");
            int index = counts.merge(language, 1, Integer::sum);
            UUID id = UUID.randomUUID();
            keys.put(id, row.get("key"));
            ListingForSearch listing = new ListingForSearch(id, UUID.randomUUID(), "Nordic corpus seller", UUID.randomUUID(),
                    north(origins.get(language), index * 0.2), "Testby", "NO", "NORDIC" + index, row.get("title"),
                    row.get("description"), row.get("category"), row.get("brand"), row.get("model"), "GOOD",
                    new BigDecimal("1000"), "NOK", true, null, null, List.of(), null, now.plus(Duration.ofDays(365)), now,
                    now, true);
            documents.add(ListingDocument.of(listing, categoryNames));
        }
        return documents;
    }

    /** Each language's figures, every query run the one way. */
    private Map<String, Figures> figures(List<CSVRecord> queries, Map<String, GeoPoint> origins, Map<UUID, String> keys,
            Matching matching) {
        Instant now = clock.instant();
        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        for (CSVRecord row : queries) {
            String language = row.get("language");
            GeoPoint origin = origins.get(language);
            String text = row.get("query");
            List<UUID> found = switch (row.get("searches")) {
                case "listings" -> listingSearch.search(new ListingQuery(origin, RADIUS_KM, null, null, Set.of(), null,
                        null, null, null, text, ListingSort.DISTANCE, 0, TOP, false), now, matching).page().hits()
                        .stream().map(ListingHit::listingId).toList();
                case "organisations" -> organisationSearch.search(new OrganisationQuery(origin, RADIUS_KM, null, null,
                        false, false, 0, TOP, RepairFilters.NONE, text), now, matching).hits().stream()
                        .map(OrganisationHit::organisationId).toList();
                default -> throw new IllegalArgumentException("Searches neither listings nor organisations: " + row);
            };
            answers.computeIfAbsent(language, any -> new ArrayList<>()).add(new Answer(
                    Set.of(row.get("expected").split(" ")), found.stream().map(keys::get).toList()));
        }
        return answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> Figures.of(entry.getValue()), (a, b) -> a, TreeMap::new));
    }

    private static String table(Map<String, Figures> before, Map<String, Figures> after) {
        Function<Double, String> figure = value -> value.isNaN() ? "–" : String.format(Locale.ROOT, "%.2f", value);
        StringBuilder table = new StringBuilder("| language | queries | recall@10 before | recall@10 after | "
                + "precision before | precision after |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        LANGUAGES.forEach(language -> table.append("| ").append(language).append(" | ")
                .append(after.get(language).queries()).append(" | ")
                .append(figure.apply(before.get(language).recall())).append(" | ")
                .append(figure.apply(after.get(language).recall())).append(" | ")
                .append(figure.apply(before.get(language).precision())).append(" | ")
                .append(figure.apply(after.get(language).precision())).append(" |\n"));
        return table.toString();
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("search/nordic/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
