-- The marketplace records a returned sale in the stamp log, beside the sale and warranty claims.
alter table stamp_log_entry drop constraint stamp_log_entry_event_check;
alter table stamp_log_entry add constraint stamp_log_entry_event_check
    check (event in ('ISSUED', 'REVOKED', 'SOLD', 'RETURNED', 'WARRANTY_CLAIM', 'TRANSFERRED'));
