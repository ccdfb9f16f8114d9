-- Identity: when an account proved it reads mail at its address. A new account confirms by a link before it may
-- reserve, apply or answer; accounts that existed before count as confirmed, as they were vouched for by whoever
-- created them (the demo data, an admin).
alter table app_user add column email_confirmed_at timestamptz;
update app_user set email_confirmed_at = created_at;
