package eu.reloop.repair;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.impact.OpenData;

/**
 * The repairs recorded through ReLoop as open data under CC BY 4.0, in the fields of the Open Repair Data
 * Standard, and the figures per category and each repairer's quality figures that the compare page shows. Nobody is named: see
 * {@code docs/decisions/repair-open-data-without-personal-data.md}.
 */
@Service
public class OpenRepairData {

    public static final String ATTRIBUTION = "Repair data: ReLoop, CC BY 4.0";
    /** More than ReLoop records in years; a bound so one request cannot read without end. */
    static final int MAX_RECORDS = 100_000;

    /** E-mail addresses, and runs of five or more digits (phone numbers, serials), which a defect's text may hold. */
    private static final Pattern IDENTIFYING = Pattern.compile("\\S+@\\S+|\\+?\\d[\\d \\-()]{3,}\\d");

    private final RepairRepository repairs;
    private final Clock clock;

    OpenRepairData(RepairRepository repairs, Clock clock) {
        this.repairs = repairs;
        this.clock = clock;
    }

    /** Every recorded repair, oldest first. */
    @Transactional(readOnly = true)
    public List<OrdsRecord> records() {
        return repairs.recordedRepairs(MAX_RECORDS).stream().map(row -> new OrdsRecord(publicId(row.id()),
                OpenData.PUBLISHER, Locale.of("", row.country()).getISO3Country(), row.category(), row.categoryName(),
                row.brand(), null, Math.max(0, row.repairedOn().getYear() - row.purchaseYear()), row.outcome().ords(),
                row.barrier() == null ? null : row.barrier().ords(), row.repairedOn(), withoutIdentifiers(row.defect())))
                .toList();
    }

    @Transactional(readOnly = true)
    public CategoryStatistics statistics(String category, Currency currency) {
        return repairs.statistics(category, currency);
    }

    /**
     * The public quality figures of each repairer named, as of now: every one named is in the answer, with zeros
     * when it has recorded no repair through ReLoop.
     */
    @Transactional(readOnly = true)
    public Map<UUID, RepairerTrackRecord> trackRecords(Collection<UUID> organisationIds) {
        Map<UUID, RepairerTrackRecord> records = new HashMap<>();
        organisationIds.forEach(id -> records.put(id, RepairerTrackRecord.none(id)));
        if (!organisationIds.isEmpty()) {
            repairs.trackRecords(organisationIds, clock.instant())
                    .forEach(record -> records.put(record.organisationId(), record));
        }
        return records;
    }

    static String withoutIdentifiers(String text) {
        return IDENTIFYING.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("[removed]");
    }

    /** Stable across exports, and not the id in the consumer's links. */
    private static String publicId(UUID id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("repair:" + id).getBytes(StandardCharsets.UTF_8));
            return "reloop-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java has SHA-256", missing);
        }
    }
}
