package eu.reloop.market.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import eu.reloop.market.Checkout;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Order;
import eu.reloop.market.OrderReturn;
import eu.reloop.market.OrderStatus;
import eu.reloop.market.ReturnStatus;
import eu.reloop.market.Returns;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * The buyer asks to return an item here, within the return window, and follows the request: the seller's
 * answer and the refund.
 */
@Route(value = MarketLinks.RETURN, layout = MainLayout.class)
@PermitAll
class ReturnRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Checkout checkout;
    private final transient Returns returns;
    private final transient Clock clock;
    private String title = "";

    ReturnRequestView(Checkout checkout, Returns returns, Clock clock) {
        this.checkout = checkout;
        this.returns = returns;
        this.clock = clock;
        addClassName("return-request");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Order> order = event.getRouteParameters().get(MarketLinks.ORDER_ID).flatMap(Ids::parse)
                .flatMap(checkout::order);
        show(order.orElse(null));
    }

    private void show(@Nullable Order order) {
        removeAll();
        title = getTranslation("return.title");
        if (order == null) {
            Paragraph missing = new Paragraph(getTranslation("return.not-found"));
            missing.setId("return-not-found");
            add(new H1(title), missing, ordersLink());
            return;
        }
        title = getTranslation("return.title-of", order.title());
        add(new H1(title), ordersLink(), new Paragraph(getTranslation("return.order", order.number(),
                LocalizedFormats.money(order.total(), getLocale()))));
        Optional<OrderReturn> latest = returns.returnOf(order.id());
        latest.ifPresent(shown -> add(status(shown)));
        boolean open = latest.filter(shown -> shown.status().open()).isPresent();
        if (!open && order.status() != OrderStatus.RETURNED) {
            add(request(order));
        }
    }

    private Component status(OrderReturn shown) {
        Div section = new Div(new H2(getTranslation("return.status.heading")));
        section.addClassName("return-status");
        section.setId("return-status");
        Paragraph status = new Paragraph(getTranslation("return.status." + shown.status().name(),
                BrowserTime.date(shown.answeredAt() == null ? shown.requestedAt() : shown.answeredAt())));
        status.setId("return-status-text");
        section.add(status, new Paragraph(getTranslation("return.your-reason", shown.reason())));
        if (shown.answer() != null && shown.claimId() == null) {
            Paragraph answer = new Paragraph(getTranslation("return.seller-answer", shown.answer()));
            answer.setId("return-answer");
            section.add(answer);
        }
        if (shown.status() == ReturnStatus.REFUNDED && shown.refundedAt() != null) {
            section.add(new Paragraph(getTranslation("return.refunded",
                    LocalizedFormats.money(shown.amount(), getLocale()), BrowserTime.date(shown.refundedAt()))));
        }
        return section;
    }

    /** The form while the window is open; otherwise why it is not. */
    private Component request(Order order) {
        @Nullable Instant until = returns.returnableUntil(order);
        if (order.status() != OrderStatus.COMPLETED || until == null) {
            return notice("return.error.not-delivered");
        }
        if (clock.instant().isAfter(until)) {
            return notice("return.error.window-passed");
        }
        TextArea reason = new TextArea(getTranslation("return.reason"));
        reason.setHelperText(getTranslation("return.reason.help"));
        reason.setMaxLength(TextLimits.REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("return-reason");
        Button ask = new Button(getTranslation("return.ask"), VaadinIcon.ARROW_BACKWARD.create(), click -> {
            if (Attempt.get(this, FormFields.of("reason", reason),
                    () -> returns.requestReturn(order.id(), reason.getValue())).isPresent()) {
                Feedback.success(getTranslation("return.asked"));
                show(checkout.order(order.id()).orElse(null));
            }
        });
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        ask.setId("request-return");
        Div section = new Div(new H2(getTranslation("return.ask.heading")),
                new Paragraph(getTranslation("return.until", BrowserTime.date(until))), reason, ask);
        section.addClassName("return-form");
        return section;
    }

    private Paragraph notice(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("return-unavailable");
        return text;
    }

    private Anchor ordersLink() {
        Anchor link = new Anchor(MarketLinks.orders(), getTranslation("return.back"));
        link.getElement().setAttribute("router-link", true);
        link.setId("back-to-orders");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
