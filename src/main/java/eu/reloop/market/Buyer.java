package eu.reloop.market;

import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;

import eu.reloop.shared.UnknownRecordException;

/**
 * The signed-in user as a buyer: orders, warranties and claims belong to a buyer by the e-mail they sign
 * in with. Callers are {@code @PreAuthorize("isAuthenticated()")}.
 */
final class Buyer {

    private Buyer() {
    }

    static String current() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** The signed-in buyer's order, locked; another buyer's is as unknown as one that does not exist. */
    static Order lockOwnOrder(OrderRepository orders, UUID orderId) {
        String buyer = current();
        return orders.lock(orderId).filter(order -> order.buyerEmail().equals(buyer))
                .orElseThrow(() -> new UnknownRecordException("No order with id " + orderId));
    }
}
