package eu.reloop.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One reuse, repair or recycled device with the figures its factor version gave, and where it happened (the site's
 * country, and the gazetteer's region and nearest town for its location). Materials only for recycling.
 */
record ImpactRecord(ImpactKind kind, String sourceRef, String category, UUID organisationId, @Nullable String personEmail,
        Instant occurredAt, Area area, int factorVersion, BigDecimal kgCo2e, BigDecimal kgWaste, BigDecimal massKg,
        @Nullable Materials materials) {

    /** Where: the site's country, the region and nearest town the gazetteer gives for its location. */
    record Area(String country, String region, String municipality, double latitude, double longitude) {
    }
}
