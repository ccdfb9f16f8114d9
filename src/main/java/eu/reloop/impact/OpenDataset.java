package eu.reloop.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One published export: what it is, under which licence, when it was made and with which factor version, and its rows.
 * {@code snapshotOf} is the day of a kept snapshot, none for the live figures.
 */
public record OpenDataset<T>(String dataset, String title, String licence, String licenceUrl, String publisher,
        Instant generatedAt, int factorVersion, @Nullable LocalDate snapshotOf, List<T> rows) {
}
