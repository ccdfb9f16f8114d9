package eu.reloop.impact;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import eu.reloop.shared.RefusedException;

/**
 * A factor table as CSV, the form it is shipped in ({@code impact/factors-v1.csv}) and the form an admin publishes a new
 * version in: one row per device category, every category exactly once. Reading reports every bad line at once.
 */
final class FactorTable {

    static final String[] HEADER = {"category", "production_kg_co2e", "typical_weight_kg", "displacement", "source",
            "source_year", "quality"};
    private static final int FIRST_YEAR = 1990;
    private static final int MAX_REASONS = 10;

    private FactorTable() {
    }

    /** The rows, or a refusal naming each line that is wrong and each category that is missing. */
    static List<ImpactFactor> read(Reader csv, Set<String> categories, int thisYear) {
        List<RefusedException.Reason> problems = new ArrayList<>();
        List<ImpactFactor> factors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(csv);
            if (!List.of(HEADER).equals(records.getHeaderNames())) {
                throw RefusedException.onField("file", "impact-factors.error.header", String.join(",", HEADER));
            }
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(problem(line, "impact-factors.error.columns"));
                    continue;
                }
                String category = record.get("category");
                if (!categories.contains(category)) {
                    problems.add(problem(line, "impact-factors.error.category", category));
                } else if (!seen.add(category)) {
                    problems.add(problem(line, "impact-factors.error.twice", category));
                }
                BigDecimal production = number(record.get("production_kg_co2e"));
                BigDecimal weight = number(record.get("typical_weight_kg"));
                BigDecimal displacement = number(record.get("displacement"));
                Integer year = year(record.get("source_year"));
                ImpactFactor.Quality quality = quality(record.get("quality"));
                String source = record.get("source");
                if (production == null || production.signum() < 0 || weight == null || weight.signum() <= 0) {
                    problems.add(problem(line, "impact-factors.error.amounts"));
                } else if (displacement == null || displacement.signum() < 0 || displacement.compareTo(BigDecimal.ONE) > 0) {
                    problems.add(problem(line, "impact-factors.error.displacement"));
                } else if (source.isBlank() || year == null || year < FIRST_YEAR || year > thisYear || quality == null) {
                    problems.add(problem(line, "impact-factors.error.source", String.valueOf(FIRST_YEAR)));
                } else {
                    factors.add(new ImpactFactor(category, production, weight, displacement, source, year, quality));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw RefusedException.onField("file", "impact-factors.error.unreadable");
        }
        categories.stream().filter(category -> !seen.contains(category)).findFirst()
                .ifPresent(missing -> problems.add(new RefusedException.Reason("file", "impact-factors.error.missing",
                        List.of(missing))));
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.subList(0, Math.min(MAX_REASONS, problems.size())));
        }
        return List.copyOf(factors);
    }

    static String write(List<ImpactFactor> factors) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (ImpactFactor factor : factors) {
                printer.printRecord(factor.category(), factor.productionKgCo2e().toPlainString(),
                        factor.typicalWeightKg().toPlainString(), factor.displacement().toPlainString(), factor.source(),
                        factor.sourceYear(), factor.quality().name());
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toString();
    }

    private static RefusedException.Reason problem(long line, String key, Object... arguments) {
        List<Object> all = new ArrayList<>(List.of(line));
        all.addAll(List.of(arguments));
        return new RefusedException.Reason("file", key, List.copyOf(all));
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable Integer year(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static ImpactFactor.@Nullable Quality quality(String text) {
        try {
            return ImpactFactor.Quality.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
