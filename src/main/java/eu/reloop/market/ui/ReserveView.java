package eu.reloop.market.ui;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import eu.reloop.market.Checkout;
import eu.reloop.market.MarketLinks;
import eu.reloop.shared.Ids;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.MainLayout;

/**
 * Where "Buy" leads: holds the item for the signed-in buyer and goes on to checkout. A signed-out buyer
 * is sent through sign-in first and comes back here, so the reservation starts only once we know who buys.
 */
@Route(value = MarketLinks.RESERVE, layout = MainLayout.class)
@PermitAll
class ReserveView extends Div implements BeforeEnterObserver {

    private final transient Checkout checkout;

    ReserveView(Checkout checkout) {
        this.checkout = checkout;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> listingId = event.getRouteParameters().get(MarketLinks.LISTING_ID).flatMap(Ids::parse);
        if (listingId.isEmpty()) {
            event.forwardTo("buy");
            return;
        }
        Optional<UUID> order = Attempt.get(this, () -> checkout.reserve(listingId.get()));
        if (order.isPresent()) {
            event.forwardTo(CheckoutView.class, new RouteParameters(MarketLinks.ORDER_ID, order.get().toString()));
        } else {
            event.forwardTo(ListingView.class, new RouteParameters(MarketLinks.LISTING_ID, listingId.get().toString()));
        }
    }
}
