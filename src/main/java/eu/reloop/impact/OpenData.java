package eu.reloop.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.CsvExport;
import eu.reloop.stamp.Stamps;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data exports (CC BY 4.0, no personal data): the impact figures by month, town, kind and category, and the
 * stamps issued by month, region, category and grade. Each is kept once a day as it was, so that a figure cited from it
 * can be found again whatever later versions of the factors change.
 */
@Service
public class OpenData {

    public static final String LICENCE = "CC BY 4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String PUBLISHER = "ReLoop";

    /** The exports, with the row each is made of. */
    public enum Dataset implements OpenDataExport {
        IMPACT("impact", "ReLoop impact figures: CO2e and waste avoided, materials recycled", ImpactRow.class),
        STAMPS("stamps", "ReLoop quality stamps issued", StampCountRow.class);

        private final String path;
        private final String title;
        private final Class<? extends Record> row;

        Dataset(String path, String title, Class<? extends Record> row) {
            this.path = path;
            this.title = title;
            this.row = row;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public String csvPath() {
            return path + "?format=csv";
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String descriptionKey() {
            return "open-data." + path + ".description";
        }

        public static Optional<Dataset> ofPath(String path) {
            return Arrays.stream(values()).filter(dataset -> dataset.path.equals(path)).findFirst();
        }
    }

    private final ImpactRepository repository;
    private final ImpactFactors factors;
    private final Stamps stamps;
    private final Areas areas;
    private final JsonMapper json;
    private final Clock clock;
    private final List<OpenDataExport> others;

    OpenData(ImpactRepository repository, ImpactFactors factors, Stamps stamps, Areas areas, JsonMapper json, Clock clock,
            ObjectProvider<OpenDataExport> others) {
        this.others = others.orderedStream().toList();
        this.repository = repository;
        this.factors = factors;
        this.stamps = stamps;
        this.areas = areas;
        this.json = json;
        this.clock = clock;
    }

    /** Every export: this module's, then those other modules publish. */
    public List<OpenDataExport> exports() {
        return Stream.concat(Arrays.stream(Dataset.values()), others.stream()).toList();
    }

    /** The figures as they are now. */
    @Transactional(readOnly = true)
    public OpenDataset<?> live(Dataset dataset) {
        return new OpenDataset<>(dataset.path, dataset.title, LICENCE, LICENCE_URL, PUBLISHER, clock.instant(),
                factors.current().version(), null, rows(dataset));
    }

    /** The export as it was kept on that day (UTC), if one was. */
    @Transactional(readOnly = true)
    public Optional<OpenDataset<?>> snapshot(Dataset dataset, LocalDate day) {
        return repository.snapshot(dataset.path, day).map(kept -> new OpenDataset<>(dataset.path, dataset.title, LICENCE,
                LICENCE_URL, PUBLISHER, kept.generatedAt(), kept.factorVersion(), day,
                json.readValue(kept.rowsJson(), json.getTypeFactory().constructCollectionType(List.class, dataset.row))));
    }

    /** Keeps today's exports on one instance, soon after start-up and then every hour until the day has them. */
    @Scheduled(fixedDelayString = "${reloop.impact.snapshot-interval:1h}", initialDelayString = "${reloop.impact.snapshot-delay:30s}")
    @SchedulerLock(name = "impact.open-data-snapshots", lockAtLeastFor = "${reloop.impact.snapshot-interval:1h}",
            lockAtMostFor = "${reloop.impact.snapshot-interval:1h}")
    public void scheduledSnapshots() {
        keepTodaysSnapshots();
    }

    /** Keeps each export as it is now, as today's (UTC), unless today's is kept already: a kept day never changes. */
    public void keepTodaysSnapshots() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Dataset dataset : Dataset.values()) {
            if (!repository.hasSnapshot(dataset.path, today)) {
                OpenDataset<?> now = live(dataset);
                repository.insertSnapshot(dataset.path, today, now.generatedAt(), now.factorVersion(),
                        json.writeValueAsString(now.rows()));
            }
        }
    }

    /** The export as CSV, with comment lines that say what it is, its licence, its factor version and when it was made. */
    public static String csv(OpenDataset<?> export, Dataset dataset) {
        return CsvExport.write(export.rows(), dataset.row,
                List.of(export.title(), "Licence: " + export.licence() + " (" + export.licenceUrl() + "), publisher "
                        + export.publisher(), "Factor version: " + export.factorVersion(),
                        "Generated at: " + export.generatedAt()));
    }

    private List<?> rows(Dataset dataset) {
        return switch (dataset) {
            case IMPACT -> repository.rows();
            case STAMPS -> stampRows();
        };
    }

    private List<StampCountRow> stampRows() {
        List<Stamps.IssuedCount> counts = stamps.issuedCounts();
        Map<UUID, ImpactRecord.Area> byCentre = areas.ofOrganisations(
                counts.stream().map(Stamps.IssuedCount::organisationId).distinct().toList());
        // Summed per region (a centre's own counts would name it), in the order the rows are published in.
        Comparator<StampCountRow> order = Comparator.comparing(StampCountRow::month).thenComparing(StampCountRow::country)
                .thenComparing(StampCountRow::region).thenComparing(StampCountRow::category)
                .thenComparing(StampCountRow::grade);
        return counts.stream().filter(count -> byCentre.containsKey(count.organisationId()))
                .map(count -> {
                    ImpactRecord.Area area = byCentre.get(count.organisationId());
                    return new StampCountRow(count.month().toString(), area.country(), area.region(), count.category(),
                            count.grade().name(), count.stamps());
                })
                .collect(Collectors.groupingBy(row -> row.withStamps(0), () -> new TreeMap<>(order),
                        Collectors.summingLong(StampCountRow::stamps)))
                .entrySet().stream().map(group -> group.getKey().withStamps(group.getValue())).toList();
    }

}
