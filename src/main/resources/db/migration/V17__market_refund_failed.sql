-- A refund Stripe could not pay back (a closed card): the item is returned, the money still owed, until
-- the seller records paying it another way.
alter table order_return drop constraint order_return_status_check;
alter table order_return add constraint order_return_status_check
    check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'REFUNDED', 'REFUND_FAILED'));
