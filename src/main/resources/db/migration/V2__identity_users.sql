-- Identity: accounts, their roles and which organisations they work for.
create table app_user (
    id            uuid primary key default gen_random_uuid(),
    email         text not null check (email = lower(email) and position('@' in email) > 1),
    display_name  text not null check (length(trim(display_name)) > 0),
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null,
    constraint app_user_email_unique unique (email)
);

create table user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null check (role in ('CONSUMER', 'REUSE_CENTRE', 'REPAIRER', 'CERTIFIER', 'ADMIN')),
    primary key (user_id, role)
);

create table organisation_membership (
    user_id         uuid not null references app_user (id) on delete cascade,
    organisation_id uuid not null references organisation (id) on delete cascade,
    primary key (user_id, organisation_id)
);
create index organisation_membership_by_organisation on organisation_membership (organisation_id);
