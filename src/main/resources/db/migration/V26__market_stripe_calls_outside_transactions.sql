-- Stripe is called outside database transactions (docs/decisions/stripe-called-outside-transactions.md): what a
-- call is for is committed before it is made, and its answer after, so that a crash or a time-out between the two
-- leaves a record the payment recovery finishes from. Rows from before this change were settled in one transaction
-- with their call and carry nothing to finish.

-- A checkout being started: since when, and the session expiry asked of Stripe, the same in every retry of the
-- call (its idempotency key is the order's, and Stripe replays a key only for the same parameters). Cleared when
-- the start is undone; settled once the session is known.
alter table market_order add column checkout_started_at timestamptz;
alter table market_order add column checkout_expires_at timestamptz;
-- A payment that came for an order which had let the item go is refunded; Stripe's refund id once it has one.
alter table market_order add column late_refund_id text;
-- The amount of a refund Stripe could not pay back, given back to the seller: the transfer's id once Stripe has it.
alter table order_return add column failed_refund_transfer_id text;

-- What the recovery looks for.
create index market_order_checkout_starting on market_order (checkout_started_at)
    where checkout_expires_at is not null and checkout_session_id is null;
create index market_order_late_refund_owed on market_order (updated_at)
    where status = 'CANCELLED' and payment_intent_id is not null and late_refund_id is null;
create index order_return_refund_starting on order_return (answered_at)
    where status = 'APPROVED' and refund_id is null;
create index order_return_transfer_owed on order_return (refund_failed_at)
    where refund_failed_at is not null and refund_id is not null and failed_refund_transfer_id is null;
