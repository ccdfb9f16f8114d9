package eu.reloop.market.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import eu.reloop.directory.Organisations;
import eu.reloop.market.Checkout;
import eu.reloop.market.Fulfilment;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Order;
import eu.reloop.market.OrderStatus;
import eu.reloop.market.PaymentMethod;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.MainLayout;

/**
 * The buyer's orders, newest first, each saying what happens next: finish checkout, where and until when
 * to pick the item up, that payment is being confirmed, or that it is theirs (with its warranty).
 */
@Route(value = MarketLinks.ORDERS, layout = MainLayout.class)
@Menu(order = 15, icon = "vaadin:cart", title = "menu.my-orders")
@PermitAll
class MyOrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Checkout checkout;
    private final transient Organisations organisations;
    private final transient Clock clock;

    MyOrdersView(Checkout checkout, Organisations organisations, Clock clock) {
        this.checkout = checkout;
        this.organisations = organisations;
        this.clock = clock;
        addClassName("my-orders");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(MarketLinks.ORDER_ID).flatMap(Ids::parse).orElse(null));
    }

    private void show(@Nullable UUID highlighted) {
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("my-orders.intro"));
        intro.setId("my-orders-intro");
        add(new H1(getTranslation("my-orders.title")), intro);
        List<Order> orders = checkout.myOrders();
        if (orders.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-orders.empty"));
            empty.setId("my-orders-empty");
            add(empty, new Anchor("buy", getTranslation("my-orders.browse")));
            return;
        }
        orders.forEach(order -> add(card(order, order.id().equals(highlighted))));
    }

    private Component card(Order order, boolean highlighted) {
        Div card = new Div();
        card.addClassName("order-card");
        if (highlighted) {
            card.addClassName("highlighted");
        }
        card.setId("order-" + order.number());
        Anchor item = new Anchor(MarketLinks.listing(order.listingId()), order.title());
        H2 heading = new H2(item);
        HorizontalLayout summary = new HorizontalLayout(new OrderStatusBadge(order.status()),
                new Span(order.number()), new Span(LocalizedFormats.money(order.total(), getLocale())),
                new Span(BrowserTime.date(order.createdAt())));
        summary.addClassName("order-summary");
        card.add(heading, summary, new Paragraph(nextStep(order)));
        actions(order).ifPresent(card::add);
        return card;
    }

    private String nextStep(Order order) {
        return switch (order.status()) {
            case RESERVED -> getTranslation("my-orders.next.RESERVED", heldUntil(order));
            case AWAITING_PAYMENT -> getTranslation("my-orders.next.AWAITING_PAYMENT");
            case AWAITING_PICKUP -> getTranslation("my-orders.next.AWAITING_PICKUP", pickupAddress(order), heldUntil(order));
            case PAID -> getTranslation(order.fulfilment() == Fulfilment.SHIPPING
                    ? "my-orders.next.PAID.shipping" : "my-orders.next.PAID.pickup", pickupAddress(order));
            case COMPLETED -> getTranslation(order.paymentMethod() == PaymentMethod.AT_PICKUP
                    ? "my-orders.next.COMPLETED.at-pickup" : "my-orders.next.COMPLETED.online");
            case CANCELLED -> order.cancelReason() == null ? getTranslation("my-orders.next.CANCELLED")
                    // ReLoop's own reasons are message keys; a centre's are its own words.
                    : order.cancelReason().startsWith("order.") ? getTranslation(order.cancelReason())
                    : getTranslation("my-orders.next.CANCELLED.reason", order.cancelReason());
            case RETURNED, EXPIRED -> getTranslation("my-orders.next." + order.status().name());
        };
    }

    private Optional<Component> actions(Order order) {
        HorizontalLayout actions = new HorizontalLayout();
        if (order.status() == OrderStatus.RESERVED) {
            Anchor finish = new Anchor(MarketLinks.checkout(order.id()), getTranslation("my-orders.finish-checkout"));
            finish.setId("finish-checkout-" + order.number());
            actions.add(finish);
        }
        if (order.paymentToResume(clock.instant())) {
            // Stripe did not answer when the buyer chose to pay online: asking again takes them to its page.
            Button pay = new Button(getTranslation("my-orders.go-to-payment"), click ->
                    Attempt.get(this, () -> checkout.resumeOnlinePayment(order.id()))
                            .ifPresent(session -> getUI().ifPresent(ui -> ui.getPage().setLocation(session.url()))));
            pay.addThemeVariants(ButtonVariant.PRIMARY);
            pay.setId("pay-" + order.number());
            actions.add(pay);
        }
        if (order.status() == OrderStatus.COMPLETED) {
            Anchor warranty = new Anchor(MarketLinks.warranties(), getTranslation("my-orders.warranty"));
            Anchor giveBack = new Anchor(MarketLinks.orderReturn(order.id()), getTranslation("my-orders.return"));
            giveBack.setId("return-" + order.number());
            actions.add(warranty, giveBack);
        }
        if (order.status() == OrderStatus.AWAITING_PICKUP || order.status() == OrderStatus.AWAITING_PAYMENT) {
            Button cancel = new Button(getTranslation("my-orders.cancel"), click -> ConfirmStep.ask(this,
                    "my-orders.cancel-confirm", "error", "cancel-order-dialog", () -> {
                        if (Attempt.run(this, () -> checkout.cancel(order.id()))) {
                            show(order.id());
                        }
                    }));
            cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            cancel.setId("cancel-" + order.number());
            actions.add(cancel);
        }
        return actions.getComponentCount() == 0 ? Optional.empty() : Optional.of(actions);
    }

    private String heldUntil(Order order) {
        return order.heldUntil() == null ? "" : BrowserTime.dateTime(order.heldUntil());
    }

    private String pickupAddress(Order order) {
        return PickupAddress.of(organisations.sitePlaces(List.of(order.siteId())).get(order.siteId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-orders.title");
    }

    static void open(Component from, UUID orderId) {
        from.getUI().ifPresent(ui -> ui.navigate(MyOrdersView.class, new RouteParameters(MarketLinks.ORDER_ID, orderId.toString())));
    }
}
