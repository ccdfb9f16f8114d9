package eu.reloop.impact;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sums of impact rows: how many items, the CO2e and waste they avoided, and what they weighed. */
public record ImpactTotals(long items, BigDecimal kgCo2e, BigDecimal kgWaste, BigDecimal massKg) {

    public static final ImpactTotals NONE = new ImpactTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public static ImpactTotals of(Collection<ImpactRow> rows) {
        return rows.stream().map(row -> new ImpactTotals(row.items(), row.kgCo2e(), row.kgWaste(), row.massKg()))
                .reduce(NONE, ImpactTotals::plus);
    }

    /** The rows summed per key, in the keys' order. */
    public static <K extends Comparable<K>> Map<K, ImpactTotals> by(Collection<ImpactRow> rows, Function<ImpactRow, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), ImpactTotals::of)));
    }

    public ImpactTotals plus(ImpactTotals other) {
        return new ImpactTotals(items + other.items, kgCo2e.add(other.kgCo2e), kgWaste.add(other.kgWaste),
                massKg.add(other.massKg));
    }
}
