package eu.reloop.stamp;

import java.util.UUID;

/**
 * Published, in the sale's transaction, when a stamped item's sale is logged: whoever gave the item up (a hand-in's
 * owner) may be told it got a second life. It names no buyer.
 */
public record StampedItemSold(String code, UUID applicationId) {
}
