package eu.reloop.stamp;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A repair of a stamped item as its {@code REPAIRED} entry in the stamp log tells it ({@code docs/stamp-log.md}):
 * the repairer (an organisation's id), the outcome and the barrier in the Open Repair Data Standard's terms, the
 * parts used, the repair's own warranty, and whether the stamp's warranty covered the item then. Never the item's
 * owner, and not the repair's id in the open repair data, which names no repairer.
 *
 * @param outcome {@code FIXED}, {@code REPAIRABLE} or {@code END_OF_LIFE}
 * @param barrier why it was not fixed, such as {@code SPARE_PARTS_NOT_AVAILABLE}; null when it was fixed
 * @param parts {@code NONE}, {@code ORIGINAL} or {@code COMPATIBLE}
 */
public record StampedRepair(UUID repairer, String outcome, @Nullable String barrier, String parts,
        int repairWarrantyMonths, boolean underWarranty) {

    Map<String, String> details() {
        Map<String, String> details = new TreeMap<>();
        details.put("repairer", repairer.toString());
        details.put("outcome", outcome);
        if (barrier != null) {
            details.put("barrier", barrier);
        }
        details.put("parts", parts);
        details.put("repairWarrantyMonths", String.valueOf(repairWarrantyMonths));
        details.put("underWarranty", String.valueOf(underWarranty));
        return details;
    }
}
