package eu.reloop.market.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.market.Listing;
import eu.reloop.market.ListingStatus;

/** A listing's status as a badge: green while on sale, highlighted when the market took it off sale. */
final class ListingStatusBadge {

    private ListingStatusBadge() {
    }

    /** The status, with the market's reason when it took the listing off sale (a revoked stamp, say). */
    static Span of(Listing listing) {
        Span badge = new Span();
        String status = badge.getTranslation("listing.status." + listing.status().name());
        badge.setText(listing.offSaleReason() == null ? status
                : badge.getTranslation("listing.status.with-reason", status, badge.getTranslation(listing.offSaleReason())));
        badge.addClassName("listing-status");
        badge.getElement().getThemeList().add(theme(listing.status()));
        return badge;
    }

    private static String theme(ListingStatus status) {
        return switch (status) {
            case ON_SALE -> "badge success";
            case OFF_SALE -> "badge warning";
            case SOLD -> "badge";
            case WITHDRAWN -> "badge contrast";
        };
    }
}
