-- After the sale: a warranty claim answered with a refund is paid back through the same return record
-- as a return (one refund path, one webhook), linked to its claim; lookups by order and by claim.
alter table order_return add column claim_id uuid references warranty_claim (id);
create unique index order_return_of_claim on order_return (claim_id) where claim_id is not null;
create index order_return_by_order on order_return (order_id, requested_at desc);
create index warranty_claim_by_warranty on warranty_claim (warranty_id, filed_at desc);
create index warranty_claim_photo_by_claim on warranty_claim_photo (claim_id, uploaded_at);
-- The refund webhook names the payment, not the order.
create index market_order_by_payment_intent on market_order (payment_intent_id) where payment_intent_id is not null;
