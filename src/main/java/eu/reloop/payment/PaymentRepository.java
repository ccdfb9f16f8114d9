package eu.reloop.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sellers' connected accounts and the Stripe events received, in PostgreSQL. */
@Repository
class PaymentRepository {

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SellerAccount> sellerAccount(UUID organisationId) {
        return jdbc.sql("select * from seller_account where organisation_id = :organisation")
                .param("organisation", organisationId).query(PaymentRepository::mapAccount).optional();
    }

    /** Keeps the first account stored for the organisation: a second one, from a race, is not recorded. */
    void insertSellerAccount(UUID organisationId, String stripeAccountId, Instant now) {
        jdbc.sql("""
                        insert into seller_account (organisation_id, stripe_account_id, created_at, updated_at)
                        values (:organisation, :account, :now, :now) on conflict (organisation_id) do nothing""")
                .param("organisation", organisationId).param("account", stripeAccountId)
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * Takes the account's state from an event only if the event is newer than the state stored: Stripe
     * delivers out of order and again for days. Empty when the account is unknown or the event is old.
     */
    Optional<UUID> updateSellerAccount(String stripeAccountId, boolean chargesEnabled, boolean payoutsEnabled,
            boolean detailsSubmitted, Instant stateAsOf, Instant now) {
        return jdbc.sql("""
                        update seller_account
                        set charges_enabled = :charges, payouts_enabled = :payouts, details_submitted = :details,
                            state_as_of = :asOf, updated_at = :now
                        where stripe_account_id = :account and (state_as_of is null or state_as_of < :asOf)
                        returning organisation_id""")
                .param("account", stripeAccountId).param("charges", chargesEnabled).param("payouts", payoutsEnabled)
                .param("details", detailsSubmitted).param("asOf", Timestamp.from(stateAsOf))
                .param("now", Timestamp.from(now)).query(UUID.class).optional();
    }

    /** Records a Stripe event; false when it was recorded before (a repeated delivery). */
    boolean recordEvent(String id, String type, Instant created, String payload, Instant now) {
        return jdbc.sql("""
                        insert into stripe_event (id, type, created, received_at, payload)
                        values (:id, :type, :created, :now, cast(:payload as jsonb)) on conflict (id) do nothing""")
                .param("id", id).param("type", type).param("created", Timestamp.from(created))
                .param("now", Timestamp.from(now)).param("payload", payload).update() == 1;
    }

    private static SellerAccount mapAccount(ResultSet rs, int row) throws SQLException {
        return new SellerAccount(rs.getObject("organisation_id", UUID.class), rs.getString("stripe_account_id"),
                rs.getBoolean("charges_enabled"), rs.getBoolean("payouts_enabled"), rs.getBoolean("details_submitted"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
