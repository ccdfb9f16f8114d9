-- A refund Stripe could not pay back (a closed card): the item is returned, the money still owed, until
-- the seller records paying it another way. A failure is taken in once: Stripe reports it in several
-- events, for days, and the seller may have paid meanwhile.
alter table order_return drop constraint order_return_status_check;
alter table order_return add constraint order_return_status_check
    check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'REFUNDED', 'REFUND_FAILED'));
alter table order_return add column refund_failed_at timestamptz;
