-- Stamp registry, part one: the registry's signing keys and the tamper-evident log of stamp events.
-- Keys are never deleted: a retired key stops signing but stays published, so that what it signed
-- can still be verified.
create table stamp_signing_key (
    key_id      text primary key,
    public_key  bytea not null,
    private_key bytea not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);
-- At most one key signs at a time.
create unique index stamp_signing_key_one_active on stamp_signing_key ((true)) where retired_at is null;

-- Each entry carries the hash of the one before (a hash chain); its leaf hash puts it in the Merkle tree
-- whose head the registry signs. Sequence numbers start at 0, as tree leaves do.
create table stamp_log_entry (
    sequence      bigint primary key check (sequence >= 0),
    stamp_code    text not null,
    event         text not null check (event in ('ISSUED', 'REVOKED', 'SOLD', 'WARRANTY_CLAIM', 'TRANSFERRED')),
    payload       text not null,
    recorded_at   timestamptz not null,
    previous_hash bytea not null,
    entry_hash    bytea not null,
    leaf_hash     bytea not null
);
create index stamp_log_entry_by_code on stamp_log_entry (stamp_code, sequence);

create function stamp_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stamp_log_entry is append-only';
end
$$;
create trigger stamp_log_append_only before update or delete or truncate on stamp_log_entry
    for each statement execute function stamp_log_is_append_only();
