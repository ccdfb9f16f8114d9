-- Payment: each seller's Stripe connected account, and every Stripe webhook event received, kept by
-- its id so that an event Stripe delivers again (it retries for days) is acted on only once.
create table seller_account (
    organisation_id   uuid primary key references organisation (id),
    stripe_account_id text not null unique,
    charges_enabled   boolean not null default false,
    payouts_enabled   boolean not null default false,
    details_submitted boolean not null default false,
    -- When Stripe created the account.updated event the flags come from: an older event arriving
    -- late must not overwrite them. Null until the first such event.
    state_as_of       timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

create table stripe_event (
    id          text primary key,
    type        text not null,
    created     timestamptz not null,
    received_at timestamptz not null,
    payload     jsonb not null
);
create index stripe_event_by_type on stripe_event (type, created);
