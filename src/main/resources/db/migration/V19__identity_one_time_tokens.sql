-- Identity: single-use links (confirm an e-mail address, set a new password). Only a SHA-256 hash of each
-- token is kept: the token itself exists only in the link that was sent, so a copy of the database
-- opens no account.
create table one_time_token (
    token_hash bytea primary key check (length(token_hash) = 32),
    purpose    text not null check (purpose in ('CONFIRM_EMAIL', 'SET_PASSWORD')),
    user_id    uuid not null references app_user (id) on delete cascade,
    -- The address the link was sent to: a CONFIRM_EMAIL link confirms it (a changed address is confirmed
    -- before it is used), and a SET_PASSWORD link that reached it confirms it too.
    email      text,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at)
);
create index one_time_token_by_user on one_time_token (user_id, purpose);
