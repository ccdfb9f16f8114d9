package eu.reloop.impact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published factor table: kept as it was, so that every figure computed with it can be computed again. */
public record FactorVersion(int version, Instant publishedAt, String publishedBy, String note, List<ImpactFactor> factors) {

    public Optional<ImpactFactor> of(String category) {
        return factors.stream().filter(factor -> factor.category().equals(category)).findFirst();
    }
}
