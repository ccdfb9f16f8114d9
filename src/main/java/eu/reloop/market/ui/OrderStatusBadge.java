package eu.reloop.market.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.market.OrderStatus;

/** An order's state as a badge, the same for buyer and seller: green once the item is the buyer's. */
class OrderStatusBadge extends Span {

    OrderStatusBadge(OrderStatus status) {
        setText(getTranslation("order.status." + status.name()));
        getElement().getThemeList().add(switch (status) {
            case PAID, COMPLETED -> "badge success";
            case RESERVED, AWAITING_PAYMENT, AWAITING_PICKUP -> "badge";
            case RETURNED, CANCELLED, EXPIRED -> "badge contrast";
        });
    }
}
