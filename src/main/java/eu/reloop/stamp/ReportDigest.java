package eu.reloop.stamp;

import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of an inspection report as canonical JSON (properties and map keys sorted, no white space), which
 * the stamp's issue entry in the log carries: a report changed after the stamp was issued no longer matches it.
 */
final class ReportDigest {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportDigest() {
    }

    static String of(InspectionReport report) {
        return HexFormat.of().formatHex(MerkleTree.sha256(CANONICAL.writeValueAsBytes(report)));
    }
}
