package eu.reloop.market.ui;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.SitePlace;

/** Where an item is picked up, on one line: the centre and the site's street address. */
final class PickupAddress {

    private PickupAddress() {
    }

    /** Blank where the site is gone. */
    static String of(@Nullable SitePlace place) {
        return place == null ? "" : place.organisationName() + ", " + place.street() + ", " + place.postcode() + " "
                + place.town();
    }
}
