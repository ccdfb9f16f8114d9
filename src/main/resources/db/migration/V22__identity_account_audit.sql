-- Identity: every change an admin (or the person, or the operator's command) makes to an account, kept
-- for good. The actor is kept as the address they signed in with, so the trail still names them after
-- their own account changes.
create table account_audit (
    id          bigint generated always as identity primary key,
    user_id     uuid not null references app_user (id),
    actor       text not null,
    action      text not null check (action in ('CREATED', 'DISABLED', 'ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED',
                                                'DELETED')),
    role        text check (role in ('CONSUMER', 'REUSE_CENTRE', 'REPAIRER', 'CERTIFIER', 'ADMIN')),
    reason      text,
    recorded_at timestamptz not null,
    check ((action in ('ROLE_GRANTED', 'ROLE_REVOKED')) = (role is not null))
);
create index account_audit_by_user on account_audit (user_id, id);

-- The trail is append-only for everyone, the application's own database user included.
create function account_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'account_audit is append-only';
end
$$;
create trigger account_audit_append_only before update or delete or truncate on account_audit
    for each statement execute function account_audit_is_append_only();
