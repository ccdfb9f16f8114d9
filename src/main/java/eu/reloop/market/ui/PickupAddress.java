package eu.reloop.market.ui;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.Organisations;
import eu.reloop.directory.SitePlace;

/** Where an item is picked up, on one line: the centre and the site's street address. */
final class PickupAddress {

    private PickupAddress() {
    }

    static String of(Organisations organisations, UUID siteId) {
        @Nullable SitePlace place = organisations.sitePlaces(List.of(siteId)).get(siteId);
        return place == null ? "" : place.organisationName() + ", " + place.street() + ", " + place.postcode() + " "
                + place.town();
    }
}
