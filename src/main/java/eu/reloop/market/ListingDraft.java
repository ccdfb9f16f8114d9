package eu.reloop.market;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a seller fills in to list a stamped item, or to change a listing. The price includes VAT; a
 * shipping price of null means the item is not shipped.
 */
public record ListingDraft(String stampCode, @Nullable UUID siteId, String title, String description,
        @Nullable BigDecimal price, String currency, boolean pickup, @Nullable BigDecimal shippingPrice) {

    public ListingDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }
}
