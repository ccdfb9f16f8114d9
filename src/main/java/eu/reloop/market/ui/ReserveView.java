package eu.reloop.market.ui;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import eu.reloop.market.MarketLinks;
import eu.reloop.shared.Ids;
import eu.reloop.shared.ui.MainLayout;

/**
 * Where "Buy" sends a signed-out visitor: sign-in first, then back to the product page, where pressing "Buy"
 * reserves the item. Opening this address reserves nothing, so that a link on another site (or an old one,
 * from when it did reserve) cannot hold an item for anyone.
 */
@Route(value = MarketLinks.RESERVE, layout = MainLayout.class)
@PermitAll
class ReserveView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> listingId = event.getRouteParameters().get(MarketLinks.LISTING_ID).flatMap(Ids::parse);
        if (listingId.isEmpty()) {
            event.forwardTo("buy");
            return;
        }
        event.forwardTo(ListingView.class, new RouteParameters(MarketLinks.LISTING_ID, listingId.get().toString()));
    }
}
