-- Impact figures: versioned factor tables (one row per device category), one record per reuse, repair or material
-- recycling with the figures its factor version gave, and daily snapshots of the open-data exports. Factor
-- versions and snapshots are kept as they were published, so that a cited figure can be found again.

create table impact_factor_version (
    version      integer primary key,
    published_at timestamptz not null,
    published_by text not null,
    note         text not null
);

create table impact_factor (
    version            integer not null references impact_factor_version (version),
    category           text not null references device_category (code),
    production_kg_co2e numeric(10, 3) not null check (production_kg_co2e >= 0),
    typical_weight_kg  numeric(10, 3) not null check (typical_weight_kg > 0),
    displacement       numeric(4, 3) not null check (displacement between 0 and 1),
    source             text not null,
    source_year        integer not null,
    quality            text not null check (quality in ('SOURCED', 'PROXY')),
    primary key (version, category)
);

create function impact_published_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'published impact factors and snapshots are kept as they were';
end
$$;
create trigger impact_factor_version_append_only before update or delete or truncate on impact_factor_version
    for each statement execute function impact_published_is_append_only();
create trigger impact_factor_append_only before update or delete or truncate on impact_factor
    for each statement execute function impact_published_is_append_only();

-- kind: REUSE (a stamped item sold), REPAIR (a repair that fixed the item), RECYCLING (a handed-in device
-- recycled for its materials). mass_kg is what the item weighs; the fractions are for recycling only.
create table impact_record (
    id              uuid primary key default gen_random_uuid(),
    kind            text not null check (kind in ('REUSE', 'REPAIR', 'RECYCLING')),
    source_ref      text not null,
    category        text not null references device_category (code),
    organisation_id uuid not null references organisation (id),
    person_email    text,
    occurred_at     timestamptz not null,
    country         text not null,
    region          text not null,
    municipality    text not null,
    latitude        double precision not null,
    longitude       double precision not null,
    factor_version  integer not null references impact_factor_version (version),
    kg_co2e         numeric(12, 3) not null,
    kg_waste        numeric(12, 3) not null,
    mass_kg         numeric(12, 3) not null,
    metals_kg       numeric(12, 3),
    plastics_kg     numeric(12, 3),
    glass_kg        numeric(12, 3),
    other_kg        numeric(12, 3),
    voided_at       timestamptz,
    unique (kind, source_ref)
);
create index impact_record_by_person on impact_record (person_email) where person_email is not null;
create index impact_record_by_organisation on impact_record (organisation_id);

create table open_data_snapshot (
    dataset        text not null,
    day            date not null,
    generated_at   timestamptz not null,
    factor_version integer not null references impact_factor_version (version),
    rows           jsonb not null,
    primary key (dataset, day)
);
create trigger open_data_snapshot_append_only before update or delete or truncate on open_data_snapshot
    for each statement execute function impact_published_is_append_only();
