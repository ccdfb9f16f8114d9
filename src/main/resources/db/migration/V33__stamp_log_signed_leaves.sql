-- Stamp log, part three: the log says only what its hashed text says, each entry signed, every head kept.
-- The code and event columns were written beside the hashed text and could be edited apart from it; they are
-- now computed from it. The time is read from the text itself.
drop index stamp_log_entry_by_code;
alter table stamp_log_entry drop column stamp_code, drop column event, drop column recorded_at;
alter table stamp_log_entry
    add column stamp_code text generated always as ((payload::jsonb) ->> 'code') stored,
    add column event      text generated always as ((payload::jsonb) ->> 'event') stored;
create index stamp_log_entry_by_code on stamp_log_entry (stamp_code, sequence);

-- The registry's Ed25519 signature of the entry's text. Entries written before entries were signed have none; an
-- entry after the first signed one without a signature is a forgery (see docs/stamp-log.md).
alter table stamp_log_entry
    add column key_id    text,
    add column signature bytea,
    add constraint stamp_log_entry_signed_by_a_key check ((key_id is null) = (signature is null));

-- Every tree head the registry signed, so that anyone can ask for one they missed and a shrunk or rewritten log
-- shows against a head signed before.
create table stamp_log_head (
    id        bigint generated always as identity primary key,
    tree_size bigint not null check (tree_size >= 0),
    issued_at timestamptz not null,
    root_hash text not null,
    key_id    text not null,
    signature text not null
);
create index stamp_log_head_by_time on stamp_log_head (issued_at, id);

create function stamp_log_head_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stamp_log_head is append-only';
end
$$;
create trigger stamp_log_head_append_only before update or delete or truncate on stamp_log_head
    for each statement execute function stamp_log_head_is_append_only();

-- Each self-audit of the log, so that every instance reports the latest outcome in its health and admins
-- hear of a break once.
create table stamp_log_audit (
    id          bigint generated always as identity primary key,
    checked_at  timestamptz not null,
    entries     bigint not null,
    intact      boolean not null,
    problem     text
);
