-- Directory: the organisations that repair, resell or collect devices. Issue-level features
-- (sites, categories, services, opening hours) extend this table and add their own.
create table organisation (
    id                  uuid primary key default gen_random_uuid(),
    kind                text not null check (kind in ('REPAIRER', 'REUSE_CENTRE', 'COLLECTION_POINT')),
    legal_name          text not null check (length(trim(legal_name)) > 0),
    country             char(2) not null check (country in ('NO', 'DK', 'SE', 'FI', 'IS')),
    organisation_number text not null,
    created_at          timestamptz not null,
    constraint organisation_number_unique unique (country, organisation_number)
);
