package eu.reloop.repair;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import eu.reloop.impact.OpenData;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repairs recorded through ReLoop as open data under CC BY 4.0, in the fields of the Open Repair Data
 * Standard, and the figures per category that the compare page shows. Nobody is named: see
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

    OpenRepairData(RepairRepository repairs) {
        this.repairs = repairs;
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

    static String withoutIdentifiers(String text) {
        return IDENTIFYING.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("[removed]");
    }

    /** Stable across exports, and not the id in the consumer's links. */
    private static String publicId(java.util.UUID id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("repair:" + id).getBytes(StandardCharsets.UTF_8));
            return "reloop-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java has SHA-256", missing);
        }
    }
}
