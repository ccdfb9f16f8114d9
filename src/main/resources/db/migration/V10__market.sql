-- The marketplace: listings of stamped items (each item is unique, so a listing sells exactly one),
-- orders with the reservation that starts them, warranties, returns and warranty claims.
create table listing (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id),
    stamp_code      text not null references stamp (code),
    -- The stamped item's facts, copied when it is listed (a stamp never changes), so that listing pages
    -- and the search index read one row.
    category        text not null references device_category (code),
    brand           text not null,
    model           text not null,
    grade           text not null,
    battery_health  integer,
    -- Where the item is: the pickup site, and the location search finds it by. No foreign key: the
    -- directory may remove a site, and such a listing simply leaves search until it gets a new one.
    site_id         uuid not null,
    title           text not null check (length(title) between 3 and 120),
    description     text not null default '' check (length(description) <= 4000),
    currency        text not null check (currency in ('NOK', 'DKK', 'SEK', 'EUR')),
    price           numeric(12, 2) not null check (price > 0),
    pickup          boolean not null,
    -- Null when the item is not shipped.
    shipping_price  numeric(12, 2) check (shipping_price >= 0),
    status          text not null check (status in ('ON_SALE', 'OFF_SALE', 'SOLD', 'WITHDRAWN')),
    off_sale_reason text,
    -- Set while a checkout holds the item; a lapsed hold frees it without anyone clearing this.
    reserved_until  timestamptz,
    listed_at       timestamptz not null,
    updated_at      timestamptz not null,
    check (pickup or shipping_price is not null)
);
-- One live listing per stamped item; a sold or withdrawn one stays for the order history.
create unique index listing_live_per_stamp on listing (stamp_code) where status in ('ON_SALE', 'OFF_SALE');
create index listing_by_organisation on listing (organisation_id, listed_at desc);
create index listing_changed on listing (updated_at);

create table listing_photo (
    id           uuid primary key default gen_random_uuid(),
    listing_id   uuid not null references listing (id) on delete cascade,
    position     integer not null,
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    content      bytea not null,
    uploaded_at  timestamptz not null
);
create index listing_photo_by_listing on listing_photo (listing_id, position);

create sequence market_order_number;

create table market_order (
    id                     uuid primary key default gen_random_uuid(),
    number                 text not null unique,
    listing_id             uuid not null references listing (id),
    stamp_code             text not null references stamp (code),
    seller_organisation_id uuid not null references organisation (id),
    buyer_email            text not null,
    currency               text not null,
    item_price             numeric(12, 2) not null,
    shipping_price         numeric(12, 2) not null default 0,
    fulfilment             text check (fulfilment in ('PICKUP', 'SHIPPING')),
    shipping_address       text,
    payment_method         text check (payment_method in ('AT_PICKUP', 'ONLINE')),
    status                 text not null check (status in ('RESERVED', 'AWAITING_PAYMENT', 'AWAITING_PICKUP', 'PAID',
                                                           'COMPLETED', 'RETURNED', 'CANCELLED', 'EXPIRED')),
    -- How long the order holds the item while it is not paid for.
    held_until             timestamptz,
    checkout_session_id    text unique,
    payment_intent_id      text,
    cancel_reason          text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    sold_at                timestamptz,
    delivered_at           timestamptz
);
-- The backstop behind the row lock: an item is held by, or sold to, one order at a time.
create unique index market_order_live_per_listing on market_order (listing_id)
    where status in ('RESERVED', 'AWAITING_PAYMENT', 'AWAITING_PICKUP', 'PAID', 'COMPLETED');
create index market_order_by_buyer on market_order (buyer_email, created_at desc);
create index market_order_by_seller on market_order (seller_organisation_id, created_at desc);
create index market_order_holds on market_order (held_until) where status in ('RESERVED', 'AWAITING_PAYMENT');

create table warranty (
    id          uuid primary key default gen_random_uuid(),
    order_id    uuid not null unique references market_order (id),
    stamp_code  text not null references stamp (code),
    buyer_email text not null,
    starts_on   date not null,
    ends_on     date not null,
    -- Set when the item went back on a return: the warranty ends with the sale it belonged to.
    ended_at    timestamptz
);
create index warranty_by_buyer on warranty (buyer_email, starts_on desc);

create table order_return (
    id           uuid primary key default gen_random_uuid(),
    order_id     uuid not null references market_order (id),
    reason       text not null,
    status       text not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'REFUNDED')),
    answer       text,
    refund_id    text,
    requested_at timestamptz not null,
    answered_at  timestamptz,
    refunded_at  timestamptz
);
create unique index order_return_open on order_return (order_id) where status in ('REQUESTED', 'APPROVED');

create table warranty_claim (
    id                     uuid primary key default gen_random_uuid(),
    warranty_id            uuid not null references warranty (id),
    stamp_code             text not null references stamp (code),
    seller_organisation_id uuid not null references organisation (id),
    description            text not null,
    status                 text not null check (status in ('OPEN', 'ANSWERED')),
    outcome                text check (outcome in ('REPAIR', 'REPLACE', 'REFUND', 'REJECT')),
    answer                 text,
    filed_at               timestamptz not null,
    answer_due             timestamptz not null,
    answered_at            timestamptz
);
create index warranty_claim_by_seller on warranty_claim (seller_organisation_id, filed_at desc);
create unique index warranty_claim_open on warranty_claim (warranty_id) where status = 'OPEN';

create table warranty_claim_photo (
    id           uuid primary key default gen_random_uuid(),
    claim_id     uuid not null references warranty_claim (id) on delete cascade,
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    content      bytea not null,
    uploaded_at  timestamptz not null
);
