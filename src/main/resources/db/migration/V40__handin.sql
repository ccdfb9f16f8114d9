-- Hand-ins: a person books a drop-off of old devices at a site that erases data, the site receives them by the
-- hand-in's code, erases or destroys each data-bearing device and gives it an erasure certificate.

-- How many hand-ins a site takes per hour; a site without a row takes the application's default.
create table handin_capacity (
    site_id  uuid primary key references site (id) on delete cascade,
    per_hour smallint not null check (per_hour between 1 and 100)
);

create table handin (
    id              uuid primary key default gen_random_uuid(),
    code            text not null unique,
    site_id         uuid not null references site (id),
    organisation_id uuid not null references organisation (id),
    -- Who brings the devices; both become null when the account is deleted, and the name too once every
    -- device's outcome is recorded. The language is the one their certificates are written in.
    owner_email     text,
    owner_name      text,
    owner_language  text not null,
    slot_start      timestamptz not null,
    status          text not null check (status in ('BOOKED', 'CANCELLED', 'RECEIVED')),
    booked_at       timestamptz not null,
    received_at     timestamptz,
    cancelled_at    timestamptz
);
create index handin_by_site_and_slot on handin (site_id, slot_start);
create index handin_by_owner on handin (owner_email);

create table handin_device (
    id                    uuid primary key default gen_random_uuid(),
    handin_id             uuid not null references handin (id) on delete cascade,
    position              smallint not null,
    category_code         text not null references device_category (code),
    brand                 text not null,
    model                 text not null,
    serial                text,
    holds_data            boolean not null,
    -- The NIST SP 800-88 record (stamp.DataErasure as JSON); method DESTROY when the device could not be erased.
    erasure               jsonb,
    certificate_code      text unique,
    certificate_statement text,
    certificate_key_id    text,
    certificate_signature bytea,
    erased_at             timestamptz,
    unique (handin_id, position),
    check ((erasure is null) = (certificate_code is null))
);
