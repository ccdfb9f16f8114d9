-- The latest signed list of revoked stamps (docs/stamp-status-list.md), kept as the exact text served, so
-- that every instance serves the same bytes and a restart signs nothing. One row: each new list replaces it.
create table stamp_status_list (
    id        boolean primary key default true check (id),
    document  text not null,
    issued_at timestamptz not null
);
