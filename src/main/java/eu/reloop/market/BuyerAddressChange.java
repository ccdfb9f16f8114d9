package eu.reloop.market;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.reloop.identity.AccountEmailChanged;

/**
 * A buyer's orders and warranties are kept under their address (the name they sign in with): when the account
 * moves to a new one, they move along in the same transaction, or "My orders" would come up empty.
 */
@Component
class BuyerAddressChange {

    private final JdbcClient jdbc;

    BuyerAddressChange(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEmailChanged change) {
        jdbc.sql("update market_order set buyer_email = :email where buyer_email = :previous")
                .param("email", change.email()).param("previous", change.previousEmail()).update();
        jdbc.sql("update warranty set buyer_email = :email where buyer_email = :previous")
                .param("email", change.email()).param("previous", change.previousEmail()).update();
    }
}
