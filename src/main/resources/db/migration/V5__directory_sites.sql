-- Directory: organisation profiles, their sites with coordinates and opening hours (in the time zone of
-- the site's country), and what each site offers per device category.
alter table organisation
    add column description text not null default '',
    add column website text,
    add column phone text,
    add column email text,
    add column languages text[] not null default '{}',
    -- Shown as the directory badge; the approval scheme will drive it from certificates.
    add column certification_status text not null default 'NOT_CERTIFIED'
        check (certification_status in ('CERTIFIED', 'EXPIRED', 'SUSPENDED', 'NOT_CERTIFIED')),
    add column updated_at timestamptz;
update organisation set updated_at = created_at;
alter table organisation alter column updated_at set not null;

create table site (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id) on delete cascade,
    name            text not null check (length(trim(name)) > 0),
    street          text not null,
    postcode        text not null,
    town            text not null,
    country         char(2) not null check (country in ('NO', 'DK', 'SE', 'FI', 'IS')),
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    created_at      timestamptz not null
);
create index site_by_organisation on site (organisation_id);

create table site_weekly_opening (
    site_id     uuid not null references site (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time not null,
    closes      time not null check (closes > opens),
    primary key (site_id, day_of_week, opens)
);

create table site_opening_exception (
    site_id uuid not null references site (id) on delete cascade,
    on_date date not null,
    opens   time,
    closes  time,
    note    text not null default '',
    primary key (site_id, on_date),
    check ((opens is null) = (closes is null)),
    check (closes is null or closes > opens)
);

create table site_offering (
    site_id       uuid not null references site (id) on delete cascade,
    category_code text not null references device_category (code),
    service       text not null check (service in ('REPAIR', 'SELLS_REFURBISHED', 'DATA_ERASURE', 'DROP_OFF',
                                                   'SPARE_PARTS', 'HOME_VISITS', 'MAIL_IN_REPAIR')),
    primary key (site_id, category_code, service)
);
