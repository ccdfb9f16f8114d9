package eu.reloop.market.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.SitePlace;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.geo.GeoPoint;
import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactLinks;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.ListingStatus;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Order;
import eu.reloop.market.OrderStatus;
import eu.reloop.payment.Payments;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampLinks;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;
import eu.reloop.stamp.ui.FactList;

/**
 * The product page: photos, price, the stamp with its live verification and the item's condition, the
 * seller with its certificate status (and distance, when the buyer came from a search near a place), and
 * how the item reaches the buyer. Pressing "Buy" reserves the item and starts checkout (a signed-out visitor
 * signs in first and presses it again); a buyer whose order holds the item is told so, with the way back to
 * that order.
 */
@Route(value = MarketLinks.LISTING, layout = MainLayout.class)
@AnonymousAllowed
class ListingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Listings listings;
    private final transient Stamps stamps;
    private final transient Organisations organisations;
    private String title = "";

    private final transient Payments payments;
    private final transient Checkout checkout;
    private final transient AuthenticationContext authentication;
    private final transient ImpactFigures impact;
    private final transient Clock clock;

    ListingView(Listings listings, Stamps stamps, Organisations organisations, Payments payments, Checkout checkout,
            AuthenticationContext authentication, ImpactFigures impact, Clock clock) {
        this.listings = listings;
        this.stamps = stamps;
        this.organisations = organisations;
        this.payments = payments;
        this.checkout = checkout;
        this.authentication = authentication;
        this.impact = impact;
        this.clock = clock;
        addClassName("listing-view");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("listing.not-found.title");
        Optional<Listing> found = event.getRouteParameters().get(MarketLinks.LISTING_ID).flatMap(Ids::parse)
                .flatMap(listings::listing);
        if (found.isEmpty()) {
            add(new H1(title), Callout.of("listing-not-found", "contrast", getTranslation("listing.not-found")),
                    new Anchor("buy", getTranslation("listing.back-to-search")));
            return;
        }
        show(found.get(), searchedFrom(event.getLocation().getQueryParameters()));
    }

    private void show(Listing listing, @Nullable GeoPoint searchedFrom) {
        title = listing.title();
        H1 heading = new H1(listing.title());
        Span price = new Span(LocalizedFormats.money(listing.price(), getLocale()));
        price.addClassName("listing-price");
        price.setId("listing-price");
        add(heading, new Div(price, new Span(" " + getTranslation("listing.vat-included"))), photos(listing));
        // Arriving from a long list of results, the layout would keep that list's scroll position.
        heading.scrollIntoView();
        if (listing.status() != ListingStatus.ON_SALE) {
            add(Callout.of("listing-status", "contrast", getTranslation("listing.status-note." + listing.status().name())));
        }
        add(buyBox(listing));
        if (!listing.description().isBlank()) {
            Paragraph description = new Paragraph(listing.description());
            description.addClassName("listing-description");
            add(description);
        }
        stamps.verify(new StampCode(listing.stampCode())).ifPresent(this::stampSection);
        @Nullable SitePlace place = organisations.sitePlaces(List.of(listing.siteId())).get(listing.siteId());
        if (place != null) {
            StatutoryRightsNotice.of(place.country(), "listing-rights").ifPresent(this::add);
            sellerSection(listing, place, searchedFrom);
        }
    }

    private Component photos(Listing listing) {
        HorizontalLayout photos = new HorizontalLayout();
        photos.addClassName("listing-photos");
        photos.setId("listing-photos");
        int number = 1;
        for (UUID photoId : listing.photoIds()) {
            Image photo = new Image(MarketLinks.listingPhoto(listing.id(), photoId),
                    getTranslation("listing.photo-alt", listing.title(), number++));
            photo.addClassName("listing-photo");
            photos.add(photo);
        }
        if (listing.photoIds().isEmpty()) {
            Div none = new Div(new Span(getTranslation("listing.no-photo")));
            none.addClassName("listing-photo-placeholder");
            photos.add(none);
        }
        return photos;
    }

    /** What the buyer can do now: buy, go on with their own order, wait for someone else's to end, or nothing (sold). */
    private Component buyBox(Listing listing) {
        Div box = new Div();
        box.addClassName("buy-box");
        box.setId("buy-box");
        if (listing.status() != ListingStatus.ON_SALE) {
            return box;
        }
        if (listing.heldAt(clock.instant())) {
            String until = BrowserTime.dateTime(listing.heldUntil());
            Optional<Order> mine = authentication.isAuthenticated() ? checkout.myHoldOn(listing.id()) : Optional.empty();
            box.add(mine.map(order -> reservedForYou(order, until))
                    .orElseGet(() -> Callout.of("listing-reserved", "contrast", getTranslation("listing.reserved", until))));
            return box;
        }
        Button buy = new Button(getTranslation("listing.buy"), click -> reserve(listing));
        buy.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        buy.setId("buy");
        Paragraph hold = new Paragraph(getTranslation("listing.buy-hint"));
        box.add(buy, hold);
        if (!payments.onlineEnabled()) {
            box.add(new Paragraph(getTranslation("checkout.online-not-configured")));
        }
        return box;
    }

    /**
     * Pressing "Buy" reserves the item and goes on to checkout; a signed-out visitor signs in first (through the
     * reserve address) and comes back here to press it.
     */
    private void reserve(Listing listing) {
        if (!authentication.isAuthenticated()) {
            getUI().ifPresent(ui -> ui.navigate(ReserveView.class,
                    new RouteParameters(MarketLinks.LISTING_ID, listing.id().toString())));
            return;
        }
        Attempt.get(this, () -> checkout.reserve(listing.id())).ifPresent(orderId -> getUI().ifPresent(ui ->
                ui.navigate(CheckoutView.class, new RouteParameters(MarketLinks.ORDER_ID, orderId.toString()))));
    }

    /** Until when the item waits for this buyer, and the way on: checkout while reserved, else their order. */
    private Component reservedForYou(Order order, String until) {
        Div callout = Callout.of("listing-reserved-for-you", "success",
                getTranslation("listing.reserved-for-you." + order.status().name(), until));
        Anchor next = order.status() == OrderStatus.RESERVED
                ? new Anchor(MarketLinks.checkout(order.id()), getTranslation("listing.reserved-for-you.checkout"))
                : new Anchor(MarketLinks.order(order.id()), getTranslation("listing.reserved-for-you.order", order.number()));
        next.setId("listing-your-order");
        callout.add(new Paragraph(next));
        return callout;
    }

    private void stampSection(StampVerification stamp) {
        boolean valid = stamp.status() == StampVerification.Status.VALID;
        Span badge = new Span(getTranslation(switch (stamp.status()) {
            case VALID -> "listing.stamp-valid";
            case REVOKED -> "listing.stamp-revoked";
            case UNVERIFIABLE -> "listing.stamp-unverifiable";
        }));
        badge.getElement().getThemeList().add(valid ? "badge success primary" : "badge error");
        badge.setId("listing-stamp-status");
        Anchor verify = new Anchor(StampLinks.verify(stamp.code()),
                getTranslation("listing.verify-stamp", stamp.code()));
        verify.setId("listing-verify");
        FactList facts = new FactList().condition(stamp);
        facts.fact("verify.warranty", getTranslation("verify.warranty.rule", stamp.warrantyMonths()), "listing-warranty");
        add(new H2(getTranslation("listing.stamp")), new HorizontalLayout(badge, verify), facts);
        impact.estimate(stamp.category()).ifPresent(estimate -> {
            Paragraph saved = new Paragraph(getTranslation("listing.impact", LocalizedFormats.kilograms(estimate.kgCo2e(),
                    getLocale()), LocalizedFormats.kilograms(estimate.kgWaste(), getLocale())) + " ");
            saved.add(new Anchor(ImpactLinks.method(), getTranslation("listing.impact.how")));
            saved.setId("listing-impact");
            add(saved);
        });
    }

    private void sellerSection(Listing listing, SitePlace place, @Nullable GeoPoint searchedFrom) {
        Anchor seller = new Anchor(DirectoryLinks.profile(place.organisationId()), place.organisationName());
        seller.setId("listing-seller");
        FactList facts = new FactList();
        DescriptionList.Description sellerLine = new DescriptionList.Description(seller,
                new CertificationBadge(place.standing().status()));
        sellerLine.addClassName("seller-with-badge");
        facts.add(new DescriptionList.Term(getTranslation("listing.seller")), sellerLine);
        String address = place.siteName() + ", " + place.street() + ", " + place.postcode() + " " + place.town();
        if (searchedFrom != null) {
            address += " (" + getTranslation("listing.distance",
                    LocalizedFormats.distance(searchedFrom.distanceKm(place.location()), getLocale())) + ")";
        }
        facts.fact("listing.where", address, "listing-where");
        facts.fact("listing.pickup", getTranslation(listing.pickup() ? "listing.pickup.yes" : "listing.pickup.no"));
        facts.fact("listing.shipping", listing.shippingPrice() == null ? getTranslation("listing.shipping.no")
                : getTranslation("listing.shipping.price", LocalizedFormats.money(listing.shippingPrice(), getLocale())),
                "listing-shipping");
        add(new H2(getTranslation("listing.seller-and-delivery")), facts);
    }

    /** The point a search was made from ({@code ?lat=..&lon=..}), for the distance to the seller. */
    private static @Nullable GeoPoint searchedFrom(QueryParameters query) {
        try {
            Optional<String> lat = query.getSingleParameter("lat");
            Optional<String> lon = query.getSingleParameter("lon");
            return lat.isPresent() && lon.isPresent()
                    ? new GeoPoint(Double.parseDouble(lat.get()), Double.parseDouble(lon.get())) : null;
        } catch (IllegalArgumentException notAPoint) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
