-- A Stripe payment pays for one order: the refund webhook finds the order by it and expects at most one.
drop index market_order_by_payment_intent;
create unique index market_order_by_payment_intent on market_order (payment_intent_id) where payment_intent_id is not null;
