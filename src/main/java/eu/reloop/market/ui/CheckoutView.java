package eu.reloop.market.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import eu.reloop.directory.Organisations;
import eu.reloop.directory.SitePlace;
import eu.reloop.market.Checkout;
import eu.reloop.market.Fulfilment;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Order;
import eu.reloop.market.OrderStatus;
import eu.reloop.payment.CheckoutSession;
import eu.reloop.payment.Payments;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * Checkout of one reserved item: the buyer sees how long it is held for them, chooses pickup or
 * shipping, and reserves it to pay at pickup (or, where the centre takes online payment, pays online).
 * An order past this step is shown under "My orders".
 */
@Route(value = MarketLinks.CHECKOUT, layout = MainLayout.class)
@PermitAll
class CheckoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Checkout checkout;
    private final transient Organisations organisations;
    private final transient Payments payments;
    private final transient Clock clock;

    CheckoutView(Checkout checkout, Organisations organisations, Payments payments, Clock clock) {
        this.checkout = checkout;
        this.organisations = organisations;
        this.payments = payments;
        this.clock = clock;
        addClassName("checkout-view");
        setMaxWidth("44rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("checkout.title")));
        Optional<Order> order = event.getRouteParameters().get(MarketLinks.ORDER_ID).flatMap(Ids::parse)
                .flatMap(checkout::order);
        if (order.isEmpty()) {
            add(Callout.of("checkout-gone", "contrast", getTranslation("market.gone")));
            return;
        }
        if (order.get().status() != OrderStatus.RESERVED) {
            event.forwardTo(MyOrdersView.class, new RouteParameters(MarketLinks.ORDER_ID, order.get().id().toString()));
            return;
        }
        show(order.get());
    }

    private void show(Order order) {
        Anchor item = new Anchor(MarketLinks.listing(order.listingId()), order.title());
        item.setId("checkout-item");
        add(new Paragraph(item), new Paragraph(getTranslation("checkout.price",
                LocalizedFormats.money(order.itemPrice(), getLocale()))));
        if (order.heldUntil() == null || !order.heldUntil().isAfter(clock.instant())) {
            add(Callout.of("checkout-lapsed", "error", getTranslation("checkout.error.reservation-lapsed")));
            return;
        }
        add(Callout.of("checkout-held", "success", getTranslation("checkout.held", BrowserTime.dateTime(order.heldUntil()))));

        @Nullable SitePlace place = organisations.sitePlaces(List.of(order.siteId())).get(order.siteId());
        boolean online = checkout.onlinePaymentFor(order.sellerOrganisationId());
        RadioButtonGroup<Fulfilment> delivery = new RadioButtonGroup<>(getTranslation("checkout.delivery"));
        // Shipped items are paid online: there is no counter to pay at.
        delivery.setItems(Arrays.stream(Fulfilment.values())
                .filter(way -> way == Fulfilment.PICKUP ? order.pickupOffered() : order.shippingOffered() && online)
                .toList());
        delivery.setItemLabelGenerator(way -> way == Fulfilment.PICKUP
                ? getTranslation("checkout.delivery.pickup", PickupAddress.of(place))
                : getTranslation("checkout.delivery.shipping", LocalizedFormats.money(order.shippingPrice(), getLocale())));
        delivery.setValue(order.pickupOffered() ? Fulfilment.PICKUP : Fulfilment.SHIPPING);
        delivery.setId("checkout-delivery");
        TextArea address = new TextArea(getTranslation("checkout.address"));
        address.setMaxLength(TextLimits.ADDRESS);
        address.setWidthFull();
        address.setId("checkout-address");
        address.setVisible(delivery.getValue() == Fulfilment.SHIPPING);
        add(delivery, address);

        add(new H2(getTranslation("checkout.payment")));
        HorizontalLayout buttons = new HorizontalLayout();
        Button payAtPickup = new Button(getTranslation("checkout.pay-at-pickup"), click -> {
            if (Attempt.run(this, () -> checkout.payAtPickup(order.id()))) {
                MyOrdersView.open(this, order.id());
            }
        });
        payAtPickup.setId("pay-at-pickup");
        if (online) {
            Button payOnline = new Button(getTranslation("checkout.pay-online"), click -> {
                Optional<CheckoutSession> session = Attempt.get(this,
                        FormFields.of("shippingAddress", address).and("fulfilment", delivery),
                        () -> checkout.payOnline(order.id(), delivery.getValue(), address.getValue()));
                if (session.isPresent()) {
                    getUI().ifPresent(ui -> ui.getPage().setLocation(session.get().url()));
                } else if (checkout.order(order.id()).filter(now -> now.status() != OrderStatus.RESERVED).isPresent()) {
                    // Stripe did not answer: the order waits for payment, and goes on from the buyer's orders.
                    MyOrdersView.open(this, order.id());
                }
            });
            payOnline.addThemeVariants(ButtonVariant.PRIMARY);
            payOnline.setId("pay-online");
            buttons.add(payOnline);
        } else {
            payAtPickup.addThemeVariants(ButtonVariant.PRIMARY);
            add(new Paragraph(getTranslation(payments.onlineEnabled() ? "checkout.centre-takes-pickup-payment-only"
                    : "checkout.online-not-configured")));
        }
        buttons.add(payAtPickup);
        delivery.addValueChangeListener(change -> {
            payAtPickup.setEnabled(change.getValue() == Fulfilment.PICKUP);
            address.setVisible(change.getValue() == Fulfilment.SHIPPING);
        });
        payAtPickup.setEnabled(delivery.getValue() == Fulfilment.PICKUP);
        add(buttons, new Paragraph(getTranslation("checkout.pay-at-pickup.hint")));
        if (place != null) {
            StatutoryRightsNotice.of(place.country(), "checkout-rights").ifPresent(this::add);
        }
        add(letGo(order));
    }

    private Component letGo(Order order) {
        Button letGo = new Button(getTranslation("checkout.let-go"), click -> {
            if (Attempt.run(this, () -> checkout.cancel(order.id()))) {
                getUI().ifPresent(ui -> ui.navigate(ListingView.class,
                        new RouteParameters(MarketLinks.LISTING_ID, order.listingId().toString())));
            }
        });
        letGo.addThemeVariants(ButtonVariant.TERTIARY);
        letGo.setId("checkout-let-go");
        return letGo;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkout.title");
    }
}
