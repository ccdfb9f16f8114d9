-- Items bound to their stamps: one live stamp per item, and a register of items reported lost or stolen.
-- An item is its brand and serial (or IMEI), compared without case, white space or hyphens.
create function item_serial_key(brand text, serial text) returns text language sql immutable parallel safe
    return lower(brand) || ':' || upper(regexp_replace(serial, '[[:space:]-]', '', 'g'));

alter table stamp add column serial_key text generated always as (item_serial_key(brand, serial_number)) stored;
create unique index stamp_one_live_per_item on stamp (serial_key) where revoked_at is null;

create table lost_item (
    id            uuid primary key default gen_random_uuid(),
    serial_key    text not null,
    brand         text not null,
    masked_serial text not null,
    police_report text,
    reported_by   text not null,
    reported_at   timestamptz not null,
    cleared_by    text,
    cleared_at    timestamptz,
    check ((cleared_by is null) = (cleared_at is null))
);
create unique index lost_item_one_open_report on lost_item (serial_key) where cleared_at is null;
