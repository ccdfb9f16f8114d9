-- Identity: how often sign-in, sign-up and "forgot password" were tried, per account typed and per client
-- address, shared by every instance. Only a SHA-256 hash of the kind and the subject is kept: what is typed into
-- the e-mail field is sometimes a password. Rows whose window and pause are over are pruned.
create table attempt_throttle (
    key_hash          bytea primary key check (length(key_hash) = 32),
    attempts          integer not null check (attempts >= 0),
    window_started_at timestamptz not null,
    -- No attempt is let through before this: a delay that grows with the failures, or a pause.
    blocked_until     timestamptz
);
create index attempt_throttle_by_window on attempt_throttle (window_started_at);

-- A link mailed to the owner of an account whose sign-in was paused lets them sign in again at once.
alter table one_time_token drop constraint one_time_token_purpose_check;
alter table one_time_token add constraint one_time_token_purpose_check
    check (purpose in ('CONFIRM_EMAIL', 'SET_PASSWORD', 'RESUME_SIGN_IN'));
