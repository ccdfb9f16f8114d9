-- Directory and identity: organisations register themselves and manage their own staff (issue 14).

-- Community repair initiatives, such as repair cafés, are a kind of their own.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('REPAIRER', 'REUSE_CENTRE', 'COLLECTION_POINT', 'COMMUNITY_REPAIR'));

-- Roles inside an organisation. Every membership so far was seated by an admin, the only way in until now,
-- so each existing member becomes an owner: no organisation with staff is left without someone who can
-- invite (docs/decisions/organisation-owners-and-staff.md).
alter table organisation_membership add column role text not null default 'OWNER'
    check (role in ('OWNER', 'STAFF'));
alter table organisation_membership alter column role drop default;

-- Invitations by e-mail. Only a SHA-256 hash of the token is kept: the token exists only in the e-mailed link.
create table organisation_invitation (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id) on delete cascade,
    email           text not null check (email = lower(email) and position('@' in email) > 1),
    role            text not null check (role in ('OWNER', 'STAFF')),
    invited_by      uuid references app_user (id) on delete set null,
    token_hash      bytea not null unique check (length(token_hash) = 32),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    declined_at     timestamptz,
    revoked_at      timestamptz,
    check (expires_at > created_at),
    -- An invitation ends once, one way.
    check (num_nonnulls(accepted_at, declined_at, revoked_at) <= 1)
);
create index organisation_invitation_by_organisation on organisation_invitation (organisation_id, created_at);

-- People who found their organisation already registered ask its owners to let them in.
create table organisation_access_request (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id) on delete cascade,
    user_id         uuid not null references app_user (id) on delete cascade,
    created_at      timestamptz not null,
    accepted_at     timestamptz,
    declined_at     timestamptz,
    check (num_nonnulls(accepted_at, declined_at) <= 1)
);
create unique index organisation_access_request_one_open on organisation_access_request (organisation_id, user_id)
    where accepted_at is null and declined_at is null;

-- Who joined, left or changed role in an organisation, who decided it, and when. Append-only, like the
-- certification audit (docs/decisions/append-only-audit-trail.md).
create table organisation_audit (
    id              bigint generated always as identity primary key,
    organisation_id uuid not null references organisation (id),
    at              timestamptz not null,
    actor           text not null,
    action          text not null,
    -- The person the change concerns (an e-mail address), when it concerns one.
    subject         text
);
create index organisation_audit_by_organisation on organisation_audit (organisation_id, id);

create function organisation_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'organisation_audit is append-only';
end;
$$;
create trigger organisation_audit_append_only before update or delete or truncate on organisation_audit
    for each statement execute function organisation_audit_is_append_only();
